package vn.cadres.cadre.unit;

import java.util.List;
import java.util.Optional;
import vn.cadres.cadre.unit.view.UnitView;
import vn.cadres.platform.domain.NotFoundException;

/**
 * Units as their own stored events make them, for decisions that name another unit than the one
 * deciding: the parent of a new unit, the successor of a merger, the unit of an appointment. Read
 * from the event store, not a read model, so a unit established a moment ago is already known.
 */
public interface UnitLookup {

    /** Empty when no unit has this id. */
    Optional<UnitView> find(String unitId);

    /**
     * The units merged into {@code unitId}. Which they are comes from the units read model, as the
     * store has no index by successor, so a merger of the last moment may be missing; each unit
     * found is read from the store.
     */
    List<UnitView> mergedInto(String unitId);

    /** @throws NotFoundException (404) when no unit has this id */
    default UnitView get(String unitId) {
        return find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
    }
}
