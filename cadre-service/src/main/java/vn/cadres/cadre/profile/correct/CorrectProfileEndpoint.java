package vn.cadres.cadre.profile.correct;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.Role;
import vn.cadres.platform.time.EffectiveDates;

/**
 * {@code POST /api/cadres/{cadreId}/corrections}: the office corrects one field of a cadre's
 * profile (đính chính), giving the reason; the old value stays in the record's history.
 */
@RestController
class CorrectProfileEndpoint {

    private final CadreRecords records;
    private final Clock clock;

    CorrectProfileEndpoint(CadreRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** @param effectiveDate when the fact takes effect; today if omitted */
    record Request(@NotBlank String field, @NotBlank @Size(max = 200) String newValue,
                   @NotBlank @Size(max = 1000) String reason, @PastOrPresent LocalDate effectiveDate) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/cadres/{cadreId}/corrections")
    ResponseEntity<Void> record(@PathVariable String cadreId, @Valid @RequestBody Request request,
                                ActingOffice office) {
        LocalDate effective = EffectiveDates.orToday(request.effectiveDate(), clock);
        records.send(office, cadreId,
                new CorrectProfile(cadreId, request.field(), request.newValue(), request.reason(), effective));
        return ResponseEntity.noContent().build();
    }
}
