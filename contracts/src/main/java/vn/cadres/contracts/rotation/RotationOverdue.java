package vn.cadres.contracts.rotation;

import java.time.LocalDate;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;

/**
 * A started rotation passed its planned end without being completed or ended (quá hạn luân chuyển),
 * found by the daily deadline. A later extension clears it until the new planned end passes.
 *
 * @param plannedEnd    the planned end that passed
 * @param effectiveDate the day it fell due: the day after the planned end
 */
@EventType("rotation.RotationOverdue")
public record RotationOverdue(
        String rotationId,
        String cadreId,
        ProvinceCode province,
        LocalDate plannedEnd,
        LocalDate effectiveDate) implements RotationFact {
}
