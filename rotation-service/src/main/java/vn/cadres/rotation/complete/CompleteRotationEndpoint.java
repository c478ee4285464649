package vn.cadres.rotation.complete;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
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

/** {@code POST /api/rotations/{id}/completion}: the cadre served the term to its planned end. */
@RestController
class CompleteRotationEndpoint {

    private final RotationRecords records;

    CompleteRotationEndpoint(RotationRecords records) {
        this.records = records;
    }

    /**
     * @param endDate  the last day at the receiving unit
     * @param decision the decision closing the term, if one was issued
     */
    record Completion(@NotNull @PastOrPresent LocalDate endDate, @Valid DecisionRequest decision) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/rotations/{rotationId}/completion")
    ResponseEntity<Void> complete(@PathVariable String rotationId, @Valid @RequestBody Completion completion,
                                  ActingOffice office) {
        RotationState rotation = records.get(rotationId);
        records.send(office, rotation, new CompleteRotation(rotationId, completion.endDate(),
                completion.decision() == null ? null : completion.decision().decision()));
        return ResponseEntity.noContent().build();
    }
}
