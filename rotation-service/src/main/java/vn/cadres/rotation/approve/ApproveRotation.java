package vn.cadres.rotation.approve;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.rotation.cadres.KnownCadre;

/**
 * The competent level decides a proposed rotation (quyết định luân chuyển); the cadre must still be
 * serving on the decision's date.
 */
public record ApproveRotation(@TargetAggregateIdentifier String rotationId, Decision decision, KnownCadre cadre) {
}
