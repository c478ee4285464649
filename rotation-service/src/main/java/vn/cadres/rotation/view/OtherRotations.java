package vn.cadres.rotation.view;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.cadres.rotation.RotationRecords;
import vn.cadres.rotation.RotationState;
import vn.cadres.rotation.rules.OtherRotation;

/**
 * A cadre's other started rotations, for the one-rotation-at-a-time rule: found in the read model,
 * and each one the read model still has running read again from its own events, so an office that
 * ends one rotation and at once proposes the next is judged on the end it has just recorded.
 */
@Component
public class OtherRotations {

    private final Rotations rotations;
    private final RotationRecords records;

    OtherRotations(Rotations rotations, RotationRecords records) {
        this.rotations = rotations;
        this.records = records;
    }

    public List<OtherRotation> of(String cadreId, String rotationId) {
        return rotations.startedOfCadre(cadreId, rotationId).stream()
                .map(other -> other.end() != null ? other : current(other)).toList();
    }

    private OtherRotation current(OtherRotation other) {
        RotationState state = records.get(other.rotationId());
        return new OtherRotation(other.rotationId(), state.actualStart(), state.actualEnd());
    }
}
