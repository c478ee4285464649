package vn.cadres.cadre.profile.qualification;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.contracts.cadre.QualificationKind;

/** Record a degree or political theory level a cadre obtained (văn bằng, chứng chỉ). */
public record RecordQualification(
        @TargetAggregateIdentifier String cadreId,
        QualificationKind kind,
        String level,
        String institution,
        LocalDate effectiveDate) {
}
