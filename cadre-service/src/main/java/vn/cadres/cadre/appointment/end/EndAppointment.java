package vn.cadres.cadre.appointment.end;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.contracts.cadre.Decision;

/** End a cadre's appointment to a post they hold (thôi giữ chức vụ). */
public record EndAppointment(
        @TargetAggregateIdentifier String cadreId,
        String unitId,
        String post,
        Decision decision,
        LocalDate effectiveDate,
        String reason) {
}
