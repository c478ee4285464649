package vn.cadres.cadre.planning.remove;

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
 * {@code POST /api/cadres/{cadreId}/plans/remove}: the office takes a cadre out of the plan for one
 * post, saying why (đưa ra khỏi quy hoạch); the post's place comes free for another cadre.
 */
@RestController
class RemoveFromPlanEndpoint {

    private final CadreRecords records;
    private final Clock clock;

    RemoveFromPlanEndpoint(CadreRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /**
     * @param reason        required; checked by the aggregate so a blank one is refused naming it
     * @param effectiveDate the date of the decision; today if omitted
     */
    record Request(@NotBlank @Size(max = 100) String unitId, @NotBlank @Size(max = 200) String post,
                   @Size(max = 1000) String reason, @PastOrPresent LocalDate effectiveDate) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/cadres/{cadreId}/plans/remove")
    ResponseEntity<Void> remove(@PathVariable String cadreId, @Valid @RequestBody Request request,
                                ActingOffice office) {
        records.send(office, cadreId, new RemoveFromPlan(cadreId, request.unitId(), request.post().strip(),
                request.reason(), EffectiveDates.orToday(request.effectiveDate(), clock)));
        return ResponseEntity.noContent().build();
    }
}
