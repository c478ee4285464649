package vn.cadres.contracts.evaluation;

import vn.cadres.contracts.DomainEvent;

/** A fact about one evaluation; whoever follows evaluations applies them all to the evaluation they name. */
public interface EvaluationFact extends DomainEvent {

    String evaluationId();

    String cadreId();
}
