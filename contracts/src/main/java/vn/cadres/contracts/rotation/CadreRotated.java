package vn.cadres.contracts.rotation;

import java.time.LocalDate;
import java.util.List;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;

/**
 * The cadre took up the post at the receiving unit: the rotation started and its term runs from the
 * effective date. It repeats where the cadre went, so a consumer needs no other event to place them.
 *
 * @param flags         what the rules found on the actual start date, overrides included
 * @param effectiveDate the actual start date, the first day at the receiving unit
 */
@EventType("rotation.CadreRotated")
public record CadreRotated(
        String rotationId,
        String cadreId,
        ProvinceCode province,
        RotationKind kind,
        UnitPost from,
        UnitPost to,
        Direction direction,
        LocalDate plannedEnd,
        List<RuleFlag> flags,
        LocalDate effectiveDate) implements RotationFact {

    public CadreRotated {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
