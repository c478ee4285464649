package vn.cadres.cadre.planning.plan;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.contracts.unit.Level;

/**
 * Plan a cadre for a post of a unit for one term (đưa vào quy hoạch).
 *
 * @param level the unit's level, looked up by the endpoint, so the aggregate can count posts per level
 */
public record PlanCadre(
        @TargetAggregateIdentifier String cadreId,
        String unitId,
        String post,
        Level level,
        LocalDate termStart,
        LocalDate termEnd,
        LocalDate effectiveDate) {
}
