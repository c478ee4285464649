package vn.cadres.cadre.profile.correct;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Correct one field of a cadre's profile (đính chính hồ sơ), saying why. */
public record CorrectProfile(
        @TargetAggregateIdentifier String cadreId,
        String field,
        String newValue,
        String reason,
        LocalDate effectiveDate) {
}
