package vn.cadres.fixtureservice.query;

/** Breaks the rule on purpose: a read side in a package named {@code query} rather than {@code view}. */
public class QueryPackage {
}
