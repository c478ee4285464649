package vn.cadres.cadre.appointment.appoint;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.contracts.cadre.Decision;

/** Appoint a cadre to a post in a unit (bổ nhiệm cán bộ). */
public record AppointCadre(
        @TargetAggregateIdentifier String cadreId,
        String unitId,
        String post,
        Decision decision,
        LocalDate effectiveDate) {
}
