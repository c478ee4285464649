package vn.cadres.rotation.start;

import jakarta.validation.Valid;
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
import vn.cadres.rotation.RotationRecords;
import vn.cadres.rotation.RotationState;
import vn.cadres.rotation.cadres.KnownCadres;
import vn.cadres.rotation.rules.OverrideRequest;
import vn.cadres.rotation.view.OtherRotations;

/**
 * {@code POST /api/rotations/{id}/start}: the cadre took up the post at the receiving unit on the
 * actual start date; the rotation is published as {@code CadreRotated}.
 */
@RestController
class StartRotationEndpoint {

    private final RotationRecords records;
    private final KnownCadres cadres;
    private final OtherRotations otherRotations;

    StartRotationEndpoint(RotationRecords records, KnownCadres cadres, OtherRotations otherRotations) {
        this.records = records;
        this.cadres = cadres;
        this.otherRotations = otherRotations;
    }

    /** @param startDate the first day at the receiving unit */
    record Start(@NotNull @PastOrPresent LocalDate startDate,
                 @Size(max = 10) List<@Valid @NotNull OverrideRequest> overrides) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/rotations/{rotationId}/start")
    ResponseEntity<Void> start(@PathVariable String rotationId, @Valid @RequestBody Start start, ActingOffice office) {
        RotationState rotation = records.get(rotationId);
        otherRotations.decide(rotation.cadreId(), rotationId, others -> records.send(office, rotation,
                new StartRotation(rotationId, start.startDate(), cadres.get(rotation.cadreId()), others,
                        OverrideRequest.overrides(start.overrides()))));
        return ResponseEntity.noContent().build();
    }
}
