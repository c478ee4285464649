package vn.cadres.contracts.unit;

import java.time.LocalDate;
import vn.cadres.contracts.DomainEvent;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;

/**
 * A unit was merged into another (sáp nhập): it ends on the effective date and the successor
 * continues it, so a record that named this unit can be shown under the successor too.
 */
@EventType("unit.UnitMerged")
public record UnitMerged(
        String unitId,
        ProvinceCode province,
        String successorUnitId,
        LocalDate effectiveDate) implements DomainEvent {
}
