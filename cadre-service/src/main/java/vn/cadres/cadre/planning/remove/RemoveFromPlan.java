package vn.cadres.cadre.planning.remove;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a cadre out of the plan for one post (đưa ra khỏi quy hoạch), saying why. */
public record RemoveFromPlan(
        @TargetAggregateIdentifier String cadreId,
        String unitId,
        String post,
        String reason,
        LocalDate effectiveDate) {
}
