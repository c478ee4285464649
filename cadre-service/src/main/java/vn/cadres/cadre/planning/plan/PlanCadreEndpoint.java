package vn.cadres.cadre.planning.plan;

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
import vn.cadres.cadre.unit.UnitLookup;
import vn.cadres.cadre.unit.view.UnitView;
import vn.cadres.platform.domain.InvalidInput;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.Role;
import vn.cadres.platform.time.EffectiveDates;

/**
 * {@code POST /api/cadres/{cadreId}/plans}: the office plans a cadre for a post of a known unit for
 * one term (quy hoạch). The level the per-level limit counts by is the unit's; a place in the post's
 * plan is taken first, so a fourth cadre is refused with {@code post-plan-full}.
 */
@RestController
class PlanCadreEndpoint {

    private final CadreRecords records;
    private final UnitLookup units;
    private final PlanSlots slots;
    private final Clock clock;

    PlanCadreEndpoint(CadreRecords records, UnitLookup units, PlanSlots slots, Clock clock) {
        this.records = records;
        this.units = units;
        this.slots = slots;
        this.clock = clock;
    }

    /** @param effectiveDate the date of the planning decision; today if omitted */
    record Request(@NotBlank @Size(max = 100) String unitId, @NotBlank @Size(max = 200) String post,
                   @NotNull LocalDate termStart, @NotNull LocalDate termEnd, @PastOrPresent LocalDate effectiveDate) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/cadres/{cadreId}/plans")
    ResponseEntity<Void> plan(@PathVariable String cadreId, @Valid @RequestBody Request request,
                              ActingOffice office) {
        UnitView unit = units.find(request.unitId())
                .orElseThrow(() -> InvalidInput.of("unitId", "no unit with id " + request.unitId()));
        String post = request.post().strip();
        PlanCadre command = new PlanCadre(cadreId, unit.unitId(), post, unit.level(), request.termStart(),
                request.termEnd(), EffectiveDates.orToday(request.effectiveDate(), clock));
        String slot = slots.take(unit.unitId(), post, cadreId);
        try {
            records.send(office, cadreId, command);
        } catch (RuntimeException e) {
            slots.giveBack(slot, cadreId);
            throw e;
        }
        return ResponseEntity.noContent().build();
    }
}
