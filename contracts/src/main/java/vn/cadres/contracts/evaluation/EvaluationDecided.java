package vn.cadres.contracts.evaluation;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.Decision;

/**
 * The competent level decided the class (quyết định xếp loại), the last step of Quy định 124/366:
 * only a decided evaluation counts in reports.
 *
 * @param effectiveDate the date of the decision
 */
@EventType("evaluation.EvaluationDecided")
public record EvaluationDecided(
        String evaluationId,
        String cadreId,
        ProvinceCode province,
        Map<String, Integer> scores,
        int totalScore,
        Classification classification,
        Decision decision,
        LocalDate effectiveDate) implements EvaluationFact {

    public EvaluationDecided {
        scores = scores == null ? Map.of() : new TreeMap<>(scores);
    }
}
