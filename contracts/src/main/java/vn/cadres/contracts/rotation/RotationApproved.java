package vn.cadres.contracts.rotation;

import java.time.LocalDate;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.Decision;

/**
 * The competent level decided the rotation (quyết định luân chuyển).
 *
 * @param effectiveDate the date the decision was signed
 */
@EventType("rotation.RotationApproved")
public record RotationApproved(
        String rotationId,
        String cadreId,
        ProvinceCode province,
        Decision decision,
        LocalDate effectiveDate) implements RotationFact {
}
