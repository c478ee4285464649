package vn.cadres.contracts.rotation;

import java.time.LocalDate;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.Decision;

/**
 * After the rotation ended, the cadre was placed (bố trí sau luân chuyển): returned to an equivalent
 * post, promoted, or kept at the destination, which ends their status as a rotated cadre (R13).
 *
 * @param placedAt      the post the cadre holds from the effective date
 * @param effectiveDate the first day in that post
 */
@EventType("rotation.CadrePlacedAfterRotation")
public record CadrePlacedAfterRotation(
        String rotationId,
        String cadreId,
        ProvinceCode province,
        PlacementOutcome outcome,
        UnitPost placedAt,
        Decision decision,
        LocalDate effectiveDate) implements RotationFact {
}
