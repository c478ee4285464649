package vn.cadres.contracts.rotation;

import java.time.LocalDate;
import java.util.List;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;

/**
 * A rotation (luân chuyển) or transfer (điều động) of a cadre from a post at a sending unit (nơi đi)
 * to a post at a receiving unit (nơi đến) was proposed for a planned term.
 *
 * <p>Revision 2 names the units by id with their posts, and carries the kind, the reasons, the
 * derived direction and the rules flagged; revision 1 named units by free text.
 *
 * @param reasons       why the cadre is moved, in the office's words
 * @param direction     derived from the two units' levels, localities and blocs
 * @param flags         what the rules found when the rotation was proposed, overrides included
 * @param effectiveDate the date of the proposal
 */
@EventType(value = "rotation.RotationProposed", revision = 2)
public record RotationProposed(
        String rotationId,
        String cadreId,
        ProvinceCode province,
        RotationKind kind,
        UnitPost from,
        UnitPost to,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        String reasons,
        Direction direction,
        List<RuleFlag> flags,
        LocalDate effectiveDate) implements RotationFact {

    public RotationProposed {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
