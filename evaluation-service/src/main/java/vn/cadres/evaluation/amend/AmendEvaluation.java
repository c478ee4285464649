package vn.cadres.evaluation.amend;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.evaluation.cadres.KnownCadre;
import vn.cadres.evaluation.decide.QuotaCounts;
import vn.cadres.evaluation.scoring.ScoreSheet;

/**
 * Amend a decided evaluation by a later decision, with the reason (điều chỉnh kết quả xếp loại); the
 * decision it amends stays in the record.
 */
public record AmendEvaluation(
        @TargetAggregateIdentifier String evaluationId,
        KnownCadre cadre,
        ScoreSheet scores,
        String reason,
        Decision decision,
        QuotaCounts others) {
}
