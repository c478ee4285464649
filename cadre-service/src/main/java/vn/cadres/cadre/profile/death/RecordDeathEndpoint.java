package vn.cadres.cadre.profile.death;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PastOrPresent;
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
 * {@code POST /api/cadres/{cadreId}/death}: the office records that a cadre died (từ trần),
 * closing the record.
 */
@RestController
class RecordDeathEndpoint {

    private final CadreRecords records;
    private final Clock clock;

    RecordDeathEndpoint(CadreRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** @param effectiveDate when the fact takes effect; today if omitted */
    record Request(@PastOrPresent LocalDate effectiveDate) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/cadres/{cadreId}/death")
    ResponseEntity<Void> record(@PathVariable String cadreId, @Valid @RequestBody Request request,
                                ActingOffice office) {
        LocalDate effective = EffectiveDates.orToday(request.effectiveDate(), clock);
        records.send(office, cadreId, new RecordDeath(cadreId, effective));
        return ResponseEntity.noContent().build();
    }
}
