package vn.cadres.rotation.cancel;

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
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.Role;
import vn.cadres.platform.time.EffectiveDates;
import vn.cadres.rotation.RotationRecords;
import vn.cadres.rotation.RotationState;

/** {@code POST /api/rotations/{id}/cancellation}: a rotation that has not started is cancelled, with the reason. */
@RestController
class CancelRotationEndpoint {

    private final RotationRecords records;
    private final Clock clock;

    CancelRotationEndpoint(RotationRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** @param effectiveDate the date of the cancellation; today if omitted */
    record Cancellation(@NotBlank @Size(max = 2000) String reason, @PastOrPresent LocalDate effectiveDate) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/rotations/{rotationId}/cancellation")
    ResponseEntity<Void> cancel(@PathVariable String rotationId, @Valid @RequestBody Cancellation cancellation,
                                ActingOffice office) {
        RotationState rotation = records.get(rotationId);
        records.send(office, rotation, new CancelRotation(rotationId, cancellation.reason().strip(),
                EffectiveDates.orToday(cancellation.effectiveDate(), clock)));
        return ResponseEntity.noContent().build();
    }
}
