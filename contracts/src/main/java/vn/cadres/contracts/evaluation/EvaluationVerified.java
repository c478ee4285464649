package vn.cadres.contracts.evaluation;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;

/**
 * The organisation office verified the self-assessment and proposes a class (thẩm định, đề xuất
 * xếp loại), the second step of Quy định 124/366.
 *
 * @param scores        the scores as the office verified them
 * @param note          what the office found, if anything
 * @param effectiveDate the date of the verification
 */
@EventType("evaluation.EvaluationVerified")
public record EvaluationVerified(
        String evaluationId,
        String cadreId,
        ProvinceCode province,
        Map<String, Integer> scores,
        int totalScore,
        Classification classification,
        String note,
        LocalDate effectiveDate) implements EvaluationFact {

    public EvaluationVerified {
        scores = scores == null ? Map.of() : new TreeMap<>(scores);
    }
}
