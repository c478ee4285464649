package vn.cadres.rotation.place;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.contracts.rotation.PlacementOutcome;
import vn.cadres.contracts.rotation.UnitPost;

/** Record how the cadre is placed after the rotation ended (bố trí sau luân chuyển). */
public record RecordPlacement(
        @TargetAggregateIdentifier String rotationId,
        PlacementOutcome outcome,
        UnitPost placedAt,
        Decision decision,
        LocalDate effectiveDate) {
}
