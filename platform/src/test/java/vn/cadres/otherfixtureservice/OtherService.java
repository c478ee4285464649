package vn.cadres.otherfixtureservice;

/** A stand-in for a second service, for {@code ArchitectureRulesTest}. */
public class OtherService {
}
