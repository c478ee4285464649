package vn.cadres.contracts.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;

/**
 * The evaluation (đánh giá) of a cadre for a period was opened with the cadre's self-assessment
 * (tự đánh giá), the first step of Quy định 124/366: criteria scores on the 100-point scale, their
 * total and the class the bands give it.
 *
 * <p>Revision 2 added everything after {@code periodEnd} but the total; revision 1 carried only the total.
 *
 * @param evaluatingUnitId the unit that evaluates; the quota on excellent counts within it
 * @param group            the group of cadres the unit evaluates together ("Lãnh đạo, quản lý")
 * @param scores           score per configured criterion
 * @param sanctioned       a disciplinary sanction fell in the period, which makes the class not completed
 * @param rotationId       the rotation the evaluation is placed against, or null
 * @param phase            before, during or after that rotation, derived from the dates
 * @param effectiveDate    the last day of the evaluated period
 */
@EventType(value = "evaluation.EvaluationRecorded", revision = 2)
public record EvaluationRecorded(
        String evaluationId,
        String cadreId,
        ProvinceCode province,
        LocalDate periodStart,
        LocalDate periodEnd,
        String evaluatingUnitId,
        EvaluatorRole evaluatorRole,
        String group,
        Map<String, Integer> scores,
        int totalScore,
        Classification classification,
        boolean sanctioned,
        List<UnitIndicator> indicators,
        String rotationId,
        EvaluationPhase phase,
        LocalDate effectiveDate) implements EvaluationFact {

    public EvaluationRecorded {
        scores = scores == null ? Map.of() : new TreeMap<>(scores);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
