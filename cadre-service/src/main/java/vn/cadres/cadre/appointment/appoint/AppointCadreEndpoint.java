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
import vn.cadres.cadre.unit.query.UnitView;
import vn.cadres.cadre.unit.query.Units;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.Role;
import vn.cadres.platform.web.DecisionRequest;
import vn.cadres.platform.web.EffectiveDates;
import vn.cadres.platform.web.InvalidInput;

/**
 * {@code POST /api/cadres/{cadreId}/appointments}: the office records an appointment (bổ nhiệm) by
 * a decision. The unit must exist on the effective date: nobody is appointed to a district office
 * after 1 July 2025, nor to a commune before it was founded.
 */
@RestController
class AppointCadreEndpoint {

    private final CadreRecords records;
    private final Units units;
    private final Clock clock;

    AppointCadreEndpoint(CadreRecords records, Units units, Clock clock) {
        this.records = records;
        this.units = units;
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
        requireValidOn(request.unitId(), effective);
        records.send(office, cadreId, new AppointCadre(cadreId, request.unitId(), request.post().strip(),
                request.decision().decision(), effective));
        return ResponseEntity.noContent().build();
    }

    private void requireValidOn(String unitId, LocalDate date) {
        UnitView unit = units.find(unitId).orElseThrow(() -> InvalidInput.of("unitId", "no unit " + unitId));
        if (!unit.validOn(date)) {
            throw InvalidInput.of("unitId", unit.nameOn(date) + " existed from " + unit.validFrom()
                    + (unit.validTo() == null ? "" : " to " + unit.validTo()) + ", not on " + date);
        }
    }
}
