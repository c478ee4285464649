package vn.cadres.rotation.start;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.rotation.cadres.KnownCadre;
import vn.cadres.rotation.rules.OtherRotation;
import vn.cadres.rotation.rules.RuleOverride;

/**
 * The cadre takes up the post at the receiving unit: a decided rotation starts on its actual start
 * date, against which R7 and the one-rotation-at-a-time rule are checked again.
 */
public record StartRotation(
        @TargetAggregateIdentifier String rotationId,
        LocalDate startDate,
        KnownCadre cadre,
        List<OtherRotation> otherRotations,
        List<RuleOverride> overrides) {
}
