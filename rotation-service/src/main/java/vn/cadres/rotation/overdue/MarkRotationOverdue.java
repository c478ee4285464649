package vn.cadres.rotation.overdue;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.rotation.RotationStatus;

/**
 * Flag a rotation overdue if on {@code today} it is {@link RotationStatus#ACTIVE} past its planned
 * end; answers whether it was flagged now. Time passes without any event, so the daily deadline asks.
 */
public record MarkRotationOverdue(@TargetAggregateIdentifier String rotationId, LocalDate today) {
}
