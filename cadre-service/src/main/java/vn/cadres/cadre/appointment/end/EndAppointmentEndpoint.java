package vn.cadres.cadre.appointment.end;

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
 * {@code POST /api/cadres/{cadreId}/appointments/end}: the office records that a cadre left a post
 * (thôi giữ chức vụ) by a decision. The unit is not looked up: a post in a unit abolished since is
 * still ended under the unit it was held in.
 */
@RestController
class EndAppointmentEndpoint {

    private final CadreRecords records;
    private final Clock clock;

    EndAppointmentEndpoint(CadreRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** @param effectiveDate the first day no longer in the post; today if omitted */
    record Request(@NotBlank @Size(max = 100) String unitId, @NotBlank @Size(max = 300) String post,
                   @NotNull @Valid DecisionRequest decision, @PastOrPresent LocalDate effectiveDate,
                   @Size(max = 1000) String reason) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/cadres/{cadreId}/appointments/end")
    ResponseEntity<Void> end(@PathVariable String cadreId, @Valid @RequestBody Request request,
                             ActingOffice office) {
        LocalDate effective = EffectiveDates.orToday(request.effectiveDate(), clock);
        records.send(office, cadreId, new EndAppointment(cadreId, request.unitId(), request.post().strip(),
                request.decision().decision(), effective, request.reason()));
        return ResponseEntity.noContent().build();
    }
}
