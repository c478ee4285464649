package vn.cadres.rotation.extend;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
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

/** {@code POST /api/rotations/{id}/extension}: a decision extends the term to a later planned end. */
@RestController
class ExtendRotationEndpoint {

    private final RotationRecords records;

    ExtendRotationEndpoint(RotationRecords records) {
        this.records = records;
    }

    /** @param plannedEnd the new last day of the term */
    record Extension(@NotNull LocalDate plannedEnd, @NotNull @Valid DecisionRequest decision,
                     @NotBlank @Size(max = 2000) String reason) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/rotations/{rotationId}/extension")
    ResponseEntity<Void> extend(@PathVariable String rotationId, @Valid @RequestBody Extension extension,
                                ActingOffice office) {
        RotationState rotation = records.get(rotationId);
        records.send(office, rotation, new ExtendRotation(rotationId, extension.plannedEnd(),
                extension.decision().decision(), extension.reason().strip()));
        return ResponseEntity.noContent().build();
    }
}
