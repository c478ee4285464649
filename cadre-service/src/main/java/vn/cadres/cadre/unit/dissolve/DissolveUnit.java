package vn.cadres.cadre.unit.dissolve;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End a unit without a successor (giải thể đơn vị). */
public record DissolveUnit(
        @TargetAggregateIdentifier String unitId,
        LocalDate effectiveDate,
        String reason) {
}
