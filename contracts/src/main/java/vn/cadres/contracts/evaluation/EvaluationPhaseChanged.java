package vn.cadres.contracts.evaluation;

import java.time.LocalDate;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;

/**
 * What was known of the cadre's rotations changed (a rotation back-filled, started, ended or
 * cancelled), and with it where the evaluation falls: the phase is re-derived as a new fact, never
 * rewritten in place.
 *
 * @param effectiveDate the last day of the evaluated period, as for the evaluation itself
 */
@EventType("evaluation.EvaluationPhaseChanged")
public record EvaluationPhaseChanged(
        String evaluationId,
        String cadreId,
        ProvinceCode province,
        String previousRotationId,
        EvaluationPhase previousPhase,
        String rotationId,
        EvaluationPhase phase,
        LocalDate effectiveDate) implements EvaluationFact {
}
