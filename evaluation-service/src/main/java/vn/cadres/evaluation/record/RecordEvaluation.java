package vn.cadres.evaluation.record;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.contracts.ProvinceCode;

/**
 * Record the evaluation of a cadre for a period (ghi nhận đánh giá cán bộ), with its total on the
 * 100-point scale of Quy định 366-QĐ/TW.
 */
public record RecordEvaluation(
        @TargetAggregateIdentifier String evaluationId,
        String cadreId,
        ProvinceCode province,
        LocalDate periodStart,
        LocalDate periodEnd,
        int totalScore) {
}
