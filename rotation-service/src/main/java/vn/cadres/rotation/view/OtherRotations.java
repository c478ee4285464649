package vn.cadres.rotation.view;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.cadres.rotation.RotationRecords;
import vn.cadres.rotation.RotationState;
import vn.cadres.rotation.rules.OtherRotation;

/**
 * A cadre's other started rotations, for the one-rotation-at-a-time rule, given to a decision that
 * runs in the cadre's turn ({@link CadreTurns}), so two decisions never judge on the same stale list.
 * The rotations are found in the read model and among those noted in the cadre's turns, and each
 * one the read model does not show ended is read again from its own events: an office that ends one
 * rotation and at once proposes the next is judged on the end it has just recorded, and of two
 * rotations started at once the second sees the first.
 */
@Component
public class OtherRotations {

    private final Rotations rotations;
    private final RotationRecords records;
    private final CadreTurns turns;

    OtherRotations(Rotations rotations, RotationRecords records, CadreTurns turns) {
        this.rotations = rotations;
        this.records = records;
        this.turns = turns;
    }

    /**
     * Runs {@code decision} on the cadre's rotations other than {@code rotationId}, while no other
     * decision about the cadre's rotations runs.
     */
    public <T> T decide(String cadreId, String rotationId, Function<List<OtherRotation>, T> decision) {
        return turns.inTurn(cadreId, rotationId, () -> decision.apply(of(cadreId, rotationId)));
    }

    private List<OtherRotation> of(String cadreId, String rotationId) {
        Map<String, RotationState> projected = rotations.ofCadre(cadreId).stream()
                .collect(Collectors.toMap(RotationState::rotationId, r -> r));
        Set<String> ids = new LinkedHashSet<>(projected.keySet());
        ids.addAll(turns.rotationsOf(cadreId));
        ids.remove(rotationId);
        return ids.stream()
                .map(id -> projected.containsKey(id) && projected.get(id).actualEnd() != null ? projected.get(id)
                        : records.get(id))
                .filter(r -> r.actualStart() != null)
                .map(r -> new OtherRotation(r.rotationId(), r.actualStart(), r.actualEnd()))
                .toList();
    }
}
