package vn.cadres.rotation.propose;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.contracts.rotation.RotationKind;
import vn.cadres.rotation.cadres.KnownCadre;
import vn.cadres.rotation.rules.OtherRotation;
import vn.cadres.rotation.rules.RuleOverride;
import vn.cadres.rotation.units.KnownUnit;

/**
 * Propose rotating a cadre (đề xuất luân chuyển cán bộ) from a post at a sending unit (nơi đi) to a
 * post at a receiving unit (nơi đến) for a planned term. It carries what this service knows of the
 * cadre, the units and the cadre's other rotations, which the rules are checked against.
 *
 * @param plannedEnd    the last day of the planned term
 * @param effectiveDate the date of the proposal
 */
public record ProposeRotation(
        @TargetAggregateIdentifier String rotationId,
        RotationKind kind,
        KnownCadre cadre,
        KnownUnit fromUnit,
        String fromPost,
        KnownUnit toUnit,
        String toPost,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        String reasons,
        List<OtherRotation> otherRotations,
        List<RuleOverride> overrides,
        LocalDate effectiveDate) {
}
