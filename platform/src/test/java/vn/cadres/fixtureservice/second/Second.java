package vn.cadres.fixtureservice.second;

import vn.cadres.fixtureservice.first.First;

/** Breaks the rule on purpose, with {@link First}: two areas that import each other. */
public class Second {

    First first;
}
