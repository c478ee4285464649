package vn.cadres.contracts.rotation;

import java.time.LocalDate;
import java.util.List;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.Decision;

/**
 * The rotation ended before its planned end ("reassigned before the term was up").
 *
 * @param termMonths    whole months served, from the actual start to the actual end
 * @param reason        why, in the office's words
 * @param flags         what the rules found, {@link RotationRule#ENDED_EARLY} when the term served was
 *                      shorter than the minimum
 * @param effectiveDate the actual end date, the last day at the receiving unit
 */
@EventType("rotation.RotationEndedEarly")
public record RotationEndedEarly(
        String rotationId,
        String cadreId,
        ProvinceCode province,
        long termMonths,
        String reason,
        Decision decision,
        List<RuleFlag> flags,
        LocalDate effectiveDate) implements RotationFact {

    public RotationEndedEarly {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
