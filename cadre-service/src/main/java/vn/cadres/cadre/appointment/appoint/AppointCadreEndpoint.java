package vn.cadres.cadre.appointment.appoint;

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
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.Role;
import vn.cadres.platform.time.EffectiveDates;
import vn.cadres.platform.web.DecisionRequest;

/**
 * {@code POST /api/cadres/{cadreId}/appointments}: the office records an appointment (bổ nhiệm) by
 * a decision. The cadre decides whether the unit allows it (it exists that day, in the cadre's
 * province).
 */
@RestController
class AppointCadreEndpoint {

    private final CadreRecords records;
    private final Clock clock;

    AppointCadreEndpoint(CadreRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** @param effectiveDate the first day in the post; today if omitted */
    record Request(@NotBlank @Size(max = 100) String unitId, @NotBlank @Size(max = 300) String post,
                   @NotNull @Valid DecisionRequest decision, @PastOrPresent LocalDate effectiveDate) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/cadres/{cadreId}/appointments")
    ResponseEntity<Void> appoint(@PathVariable String cadreId, @Valid @RequestBody Request request,
                                 ActingOffice office) {
        LocalDate effective = EffectiveDates.orToday(request.effectiveDate(), clock);
        records.send(office, cadreId, new AppointCadre(cadreId, request.unitId(), request.post().strip(),
                request.decision().decision(), effective));
        return ResponseEntity.noContent().build();
    }
}
