package vn.cadres.platform.domain;

/**
 * A request refused by the domain, or by a service at its limit: what aggregates, rules and read models
 * throw, without knowing they are called over HTTP. The web layer answers each kind with its problem
 * (400 naming the fields, 404, 409 with the rule's code, 503 with a time to retry); the family is sealed
 * so that a new kind cannot be thrown before the web layer says how to answer it.
 */
public abstract sealed class Refusal extends RuntimeException
        permits InvalidInput, NotFoundException, RuleViolation, ServiceBusy {

    protected Refusal(String detail) {
        super(detail);
    }
}
