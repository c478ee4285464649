package vn.cadres.contracts.unit;

import java.time.LocalDate;
import vn.cadres.contracts.DomainEvent;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;

/**
 * A unit ended without a successor (giải thể), as every district unit did on 1 July 2025.
 */
@EventType("unit.UnitDissolved")
public record UnitDissolved(
        String unitId,
        ProvinceCode province,
        LocalDate effectiveDate,
        String reason) implements DomainEvent {
}
