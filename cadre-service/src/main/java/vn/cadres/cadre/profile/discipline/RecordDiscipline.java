package vn.cadres.cadre.profile.discipline;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.contracts.cadre.DisciplineMeasure;

/** Record a disciplinary sanction imposed on a cadre (kỷ luật cán bộ). */
public record RecordDiscipline(
        @TargetAggregateIdentifier String cadreId,
        DisciplineMeasure measure,
        String decisionNumber,
        LocalDate effectiveDate) {
}
