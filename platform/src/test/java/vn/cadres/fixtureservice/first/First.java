package vn.cadres.fixtureservice.first;

import vn.cadres.fixtureservice.second.Second;

/** Breaks the rule on purpose, with {@link Second}: two areas that import each other. */
public class First {

    Second second;
}
