package vn.cadres.rotation.endearly;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.Role;
import vn.cadres.platform.web.DecisionRequest;
import vn.cadres.rotation.RotationRecords;
import vn.cadres.rotation.RotationState;
import vn.cadres.rotation.rules.OverrideRequest;

/**
 * {@code POST /api/rotations/{id}/early-end}: the rotation ends before its planned end, with the
 * reason; a term shorter than the minimum is flagged (R8).
 */
@RestController
class EndRotationEarlyEndpoint {

    private final RotationRecords records;

    EndRotationEarlyEndpoint(RotationRecords records) {
        this.records = records;
    }

    /** @param endDate the last day at the receiving unit */
    record EarlyEnd(@NotNull @PastOrPresent LocalDate endDate, @NotBlank @Size(max = 2000) String reason,
                    @Valid DecisionRequest decision,
                    @Size(max = 10) List<@Valid @NotNull OverrideRequest> overrides) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/rotations/{rotationId}/early-end")
    ResponseEntity<Void> endEarly(@PathVariable String rotationId, @Valid @RequestBody EarlyEnd end,
                                  ActingOffice office) {
        RotationState rotation = records.get(rotationId);
        records.send(office, rotation, new EndRotationEarly(rotationId, end.endDate(), end.reason().strip(),
                end.decision() == null ? null : end.decision().decision(), OverrideRequest.overrides(end.overrides())));
        return ResponseEntity.noContent().build();
    }
}
