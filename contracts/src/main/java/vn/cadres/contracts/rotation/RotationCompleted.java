package vn.cadres.contracts.rotation;

import java.time.LocalDate;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.Decision;

/**
 * The cadre served the rotation's term to its planned end or beyond (hoàn thành luân chuyển).
 *
 * @param termMonths    whole months served, from the actual start to the actual end
 * @param decision      the decision that closed the term, if there was one
 * @param effectiveDate the actual end date, the last day at the receiving unit
 */
@EventType("rotation.RotationCompleted")
public record RotationCompleted(
        String rotationId,
        String cadreId,
        ProvinceCode province,
        long termMonths,
        Decision decision,
        LocalDate effectiveDate) implements RotationFact {
}
