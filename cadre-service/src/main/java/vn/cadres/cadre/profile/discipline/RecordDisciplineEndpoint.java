package vn.cadres.cadre.profile.discipline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.cadre.profile.CadreRecords;
import vn.cadres.contracts.cadre.DisciplineMeasure;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.Role;
import vn.cadres.platform.time.EffectiveDates;

/**
 * {@code POST /api/cadres/{cadreId}/disciplines}: the office records a disciplinary sanction (kỷ
 * luật) imposed by a decision.
 */
@RestController
class RecordDisciplineEndpoint {

    private final CadreRecords records;
    private final Clock clock;

    RecordDisciplineEndpoint(CadreRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** @param effectiveDate when the fact takes effect; today if omitted */
    record Request(@NotNull DisciplineMeasure measure, @NotBlank @Size(max = 100) String decisionNumber,
                   @PastOrPresent LocalDate effectiveDate) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/cadres/{cadreId}/disciplines")
    ResponseEntity<Void> record(@PathVariable String cadreId, @Valid @RequestBody Request request,
                                ActingOffice office) {
        LocalDate effective = EffectiveDates.orToday(request.effectiveDate(), clock);
        records.send(office, cadreId,
                new RecordDiscipline(cadreId, request.measure(), request.decisionNumber().strip(), effective));
        return ResponseEntity.noContent().build();
    }
}
