package vn.cadres.rotation.cancel;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel a rotation that has not started (hủy đề xuất luân chuyển). */
public record CancelRotation(@TargetAggregateIdentifier String rotationId, String reason, LocalDate effectiveDate) {
}
