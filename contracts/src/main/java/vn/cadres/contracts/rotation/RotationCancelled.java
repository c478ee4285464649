package vn.cadres.contracts.rotation;

import java.time.LocalDate;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;

/**
 * A rotation that had not started was cancelled (hủy đề xuất luân chuyển).
 *
 * @param effectiveDate the date of the cancellation
 */
@EventType("rotation.RotationCancelled")
public record RotationCancelled(
        String rotationId,
        String cadreId,
        ProvinceCode province,
        String reason,
        LocalDate effectiveDate) implements RotationFact {
}
