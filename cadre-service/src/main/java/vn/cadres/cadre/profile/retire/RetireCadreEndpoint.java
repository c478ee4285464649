package vn.cadres.cadre.profile.retire;

import jakarta.validation.Valid;
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
 * {@code POST /api/cadres/{cadreId}/retirement}: the office records that a cadre retires (nghỉ
 * hưu); a retirement may be entered ahead of its date.
 */
@RestController
class RetireCadreEndpoint {

    private final CadreRecords records;
    private final Clock clock;

    RetireCadreEndpoint(CadreRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** @param effectiveDate when the fact takes effect; today if omitted */
    record Request(LocalDate effectiveDate) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/cadres/{cadreId}/retirement")
    ResponseEntity<Void> record(@PathVariable String cadreId, @Valid @RequestBody Request request,
                                ActingOffice office) {
        LocalDate effective = EffectiveDates.orToday(request.effectiveDate(), clock);
        records.send(office, cadreId, new RetireCadre(cadreId, effective));
        return ResponseEntity.noContent().build();
    }
}
