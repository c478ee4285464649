package vn.cadres.evaluation.verify;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.evaluation.cadres.KnownCadre;
import vn.cadres.evaluation.scoring.ScoreSheet;

/**
 * The organisation office verifies the self-assessment and proposes a class (thẩm định, đề xuất).
 *
 * @param scores the scores as verified; null keeps the self-assessed ones
 */
public record VerifyEvaluation(
        @TargetAggregateIdentifier String evaluationId,
        KnownCadre cadre,
        ScoreSheet scores,
        String note,
        LocalDate effectiveDate) {
}
