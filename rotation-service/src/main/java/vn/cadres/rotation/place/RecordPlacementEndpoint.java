package vn.cadres.rotation.place;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.contracts.rotation.PlacementOutcome;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.Role;
import vn.cadres.platform.web.DecisionRequest;
import vn.cadres.rotation.RotationRecords;
import vn.cadres.rotation.RotationState;
import vn.cadres.rotation.UnitPostRequest;
import vn.cadres.rotation.units.KnownUnits;

/**
 * {@code POST /api/rotations/{id}/placement}: how the cadre is used after the rotation (R6): returned
 * to an equivalent post, promoted, or kept at the destination, which ends their status as a rotated
 * cadre (R13).
 */
@RestController
class RecordPlacementEndpoint {

    private final RotationRecords records;
    private final KnownUnits units;

    RecordPlacementEndpoint(RotationRecords records, KnownUnits units) {
        this.records = records;
        this.units = units;
    }

    /** @param effectiveDate the first day in the post */
    record Placement(@NotNull PlacementOutcome outcome, @NotNull @Valid UnitPostRequest placedAt,
                     @NotNull @Valid DecisionRequest decision, @NotNull @PastOrPresent LocalDate effectiveDate) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/rotations/{rotationId}/placement")
    ResponseEntity<Void> place(@PathVariable String rotationId, @Valid @RequestBody Placement placement,
                               ActingOffice office) {
        RotationState rotation = records.get(rotationId);
        units.get(placement.placedAt().unitId(), "placedAt.unitId")
                .requireValidOn(placement.effectiveDate(), "placedAt.unitId");
        records.send(office, rotation, new RecordPlacement(rotationId, placement.outcome(),
                placement.placedAt().unitPost(), placement.decision().decision(), placement.effectiveDate()));
        return ResponseEntity.noContent().build();
    }
}
