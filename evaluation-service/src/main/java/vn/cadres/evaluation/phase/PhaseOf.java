package vn.cadres.evaluation.phase;

import vn.cadres.contracts.evaluation.EvaluationPhase;

/** Where an evaluation falls: against which rotation, and in which phase of it; no rotation for {@link EvaluationPhase#NONE}. */
public record PhaseOf(String rotationId, EvaluationPhase phase) {

    public static final PhaseOf NONE = new PhaseOf(null, EvaluationPhase.NONE);
}
