package vn.cadres.contracts.evaluation;

import java.time.LocalDate;
import vn.cadres.contracts.DomainEvent;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;

/**
 * An evaluation (đánh giá) of a cadre for a period was recorded, with its total on the 100-point
 * scale of Quy định 366-QĐ/TW.
 *
 * @param effectiveDate the last day of the evaluated period
 */
@EventType("evaluation.EvaluationRecorded")
public record EvaluationRecorded(
        String evaluationId,
        String cadreId,
        ProvinceCode province,
        LocalDate periodStart,
        LocalDate periodEnd,
        int totalScore,
        LocalDate effectiveDate) implements DomainEvent {
}
