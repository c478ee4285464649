package vn.cadres.contracts.evaluation;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.Decision;

/**
 * A decided evaluation was amended by a later decision, with the reason; the decision it amends
 * stays in the record, and the event keeps the class and total it replaces.
 *
 * @param effectiveDate the date of the amending decision
 */
@EventType("evaluation.EvaluationAmended")
public record EvaluationAmended(
        String evaluationId,
        String cadreId,
        ProvinceCode province,
        Classification previousClassification,
        int previousTotalScore,
        Map<String, Integer> scores,
        int totalScore,
        Classification classification,
        String reason,
        Decision decision,
        LocalDate effectiveDate) implements EvaluationFact {

    public EvaluationAmended {
        scores = scores == null ? Map.of() : new TreeMap<>(scores);
    }
}
