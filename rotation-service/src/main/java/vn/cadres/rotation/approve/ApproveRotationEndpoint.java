package vn.cadres.rotation.approve;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import vn.cadres.rotation.cadres.KnownCadres;

/**
 * {@code POST /api/rotations/{id}/approval}: the competent level's decision on a proposed rotation
 * (quyết định luân chuyển), with its number, date and issuing body.
 */
@RestController
class ApproveRotationEndpoint {

    private final RotationRecords records;
    private final KnownCadres cadres;

    ApproveRotationEndpoint(RotationRecords records, KnownCadres cadres) {
        this.records = records;
        this.cadres = cadres;
    }

    record Approval(@NotNull @Valid DecisionRequest decision) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/rotations/{rotationId}/approval")
    ResponseEntity<Void> approve(@PathVariable String rotationId, @Valid @RequestBody Approval approval,
                                 ActingOffice office) {
        RotationState rotation = records.get(rotationId);
        records.send(office, rotation, new ApproveRotation(rotationId, approval.decision().decision(),
                cadres.get(rotation.cadreId())));
        return ResponseEntity.noContent().build();
    }
}
