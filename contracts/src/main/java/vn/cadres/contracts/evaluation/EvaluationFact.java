package vn.cadres.contracts.evaluation;

import vn.cadres.contracts.DomainEvent;

/**
 * A fact about one evaluation; whoever follows evaluations applies them all to the evaluation they name.
 * Sealed, so a switch over them is checked for completeness: a new event is named where it must be handled.
 */
public sealed interface EvaluationFact extends DomainEvent permits
        EvaluationRecorded,
        EvaluationVerified,
        EvaluationDecided,
        EvaluationAmended,
        EvaluationPhaseChanged {

    String evaluationId();

    String cadreId();
}
