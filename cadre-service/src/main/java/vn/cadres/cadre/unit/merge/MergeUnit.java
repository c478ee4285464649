package vn.cadres.cadre.unit.merge;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End a unit by merging it into a successor that continues it (sáp nhập đơn vị). */
public record MergeUnit(
        @TargetAggregateIdentifier String unitId,
        String successorUnitId,
        LocalDate effectiveDate) {
}
