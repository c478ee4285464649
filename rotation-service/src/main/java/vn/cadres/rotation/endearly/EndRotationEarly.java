package vn.cadres.rotation.endearly;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.rotation.rules.RuleOverride;

/**
 * End a running rotation before its planned end, with the reason (kết thúc luân chuyển trước hạn).
 *
 * @param endDate  the last day at the receiving unit
 * @param decision the decision that ends it; null when none was issued
 */
public record EndRotationEarly(
        @TargetAggregateIdentifier String rotationId,
        LocalDate endDate,
        String reason,
        Decision decision,
        List<RuleOverride> overrides) {
}
