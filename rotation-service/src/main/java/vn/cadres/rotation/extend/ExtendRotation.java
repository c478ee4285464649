package vn.cadres.rotation.extend;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.contracts.cadre.Decision;

/** Extend a rotation's term to a later planned end by a decision (kéo dài thời gian luân chuyển). */
public record ExtendRotation(
        @TargetAggregateIdentifier String rotationId,
        LocalDate plannedEnd,
        Decision decision,
        String reason) {
}
