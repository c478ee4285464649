package vn.cadres.evaluation.record;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.contracts.evaluation.EvaluatorRole;
import vn.cadres.contracts.evaluation.UnitIndicator;
import vn.cadres.evaluation.cadres.KnownCadre;
import vn.cadres.evaluation.rotations.KnownRotation;
import vn.cadres.evaluation.scoring.ScoreSheet;

/**
 * Record the evaluation of a cadre for a period (ghi nhận đánh giá cán bộ), opened with the cadre's
 * self-assessment. It carries what this service knows of the cadre and the cadre's rotations.
 */
public record RecordEvaluation(
        @TargetAggregateIdentifier String evaluationId,
        KnownCadre cadre,
        LocalDate periodStart,
        LocalDate periodEnd,
        String evaluatingUnitId,
        EvaluatorRole evaluatorRole,
        String group,
        ScoreSheet selfAssessment,
        List<UnitIndicator> indicators,
        List<KnownRotation> rotations) {
}
