package vn.cadres.cadre.profile.retire;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a cadre retires (nghỉ hưu). */
public record RetireCadre(@TargetAggregateIdentifier String cadreId, LocalDate effectiveDate) {
}
