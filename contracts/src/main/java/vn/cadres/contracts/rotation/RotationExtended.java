package vn.cadres.contracts.rotation;

import java.time.LocalDate;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.Decision;

/**
 * The rotation's term was extended (kéo dài thời gian luân chuyển) by a decision; R8 sets no maximum.
 *
 * @param previousPlannedEnd the planned end until now
 * @param plannedEnd         the new planned end
 * @param effectiveDate      the date of the decision
 */
@EventType("rotation.RotationExtended")
public record RotationExtended(
        String rotationId,
        String cadreId,
        ProvinceCode province,
        LocalDate previousPlannedEnd,
        LocalDate plannedEnd,
        Decision decision,
        String reason,
        LocalDate effectiveDate) implements RotationFact {
}
