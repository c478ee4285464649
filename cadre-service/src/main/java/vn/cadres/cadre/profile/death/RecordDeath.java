package vn.cadres.cadre.profile.death;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a cadre died (từ trần), which closes the record. */
public record RecordDeath(@TargetAggregateIdentifier String cadreId, LocalDate effectiveDate) {
}
