package vn.cadres.fixtureservice;

import vn.cadres.otherfixtureservice.OtherService;

/** Breaks the rule on purpose: a service's class that uses another service's. */
public class ImportsAnotherService {

    OtherService other;
}
