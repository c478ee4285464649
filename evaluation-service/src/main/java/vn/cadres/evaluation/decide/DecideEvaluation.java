package vn.cadres.evaluation.decide;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.evaluation.cadres.KnownCadre;
import vn.cadres.evaluation.scoring.ScoreSheet;

/**
 * The competent level decides the class (quyết định xếp loại).
 *
 * @param scores the scores as decided; null keeps the verified ones
 * @param others the unit's other decided evaluations of the group and year, for the quota
 */
public record DecideEvaluation(
        @TargetAggregateIdentifier String evaluationId,
        KnownCadre cadre,
        ScoreSheet scores,
        Decision decision,
        QuotaCounts others) {
}
