package vn.cadres.contracts.rotation;

import java.time.LocalDate;
import vn.cadres.contracts.DomainEvent;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;

/**
 * A rotation (luân chuyển) of a cadre from a sending unit (nơi đi) to a receiving unit (nơi đến)
 * was proposed for a planned term.
 *
 * @param effectiveDate the date of the proposal
 */
@EventType("rotation.RotationProposed")
public record RotationProposed(
        String rotationId,
        String cadreId,
        ProvinceCode province,
        String fromUnit,
        String toUnit,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate effectiveDate) implements DomainEvent {
}
