package vn.cadres.evaluation.phase;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.evaluation.rotations.KnownRotation;

/**
 * Derive the evaluation's phase again from the cadre's rotations as now known; answers whether it
 * changed, which is then recorded as an event.
 */
public record ReviewPhase(@TargetAggregateIdentifier String evaluationId, List<KnownRotation> rotations) {
}
