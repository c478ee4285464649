package vn.cadres.rotation.complete;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.contracts.cadre.Decision;

/**
 * The cadre served the term: the rotation completes on its actual end date, the last day at the
 * receiving unit, on or after the planned end.
 *
 * @param decision the decision that closes the term; null when none was issued
 */
public record CompleteRotation(@TargetAggregateIdentifier String rotationId, LocalDate endDate, Decision decision) {
}
