package vn.cadres.contracts.unit;

import java.time.LocalDate;
import vn.cadres.contracts.DomainEvent;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;

/**
 * A unit took a new name from the effective date on (đổi tên đơn vị); records dated earlier keep
 * the name it had then.
 */
@EventType("unit.UnitRenamed")
public record UnitRenamed(
        String unitId,
        ProvinceCode province,
        String name,
        LocalDate effectiveDate,
        String reason) implements DomainEvent {
}
