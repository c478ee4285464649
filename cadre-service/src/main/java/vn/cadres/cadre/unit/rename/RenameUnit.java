package vn.cadres.cadre.unit.rename;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a unit a new name from a date on (đổi tên đơn vị). */
public record RenameUnit(
        @TargetAggregateIdentifier String unitId,
        String name,
        LocalDate effectiveDate,
        String reason) {
}
