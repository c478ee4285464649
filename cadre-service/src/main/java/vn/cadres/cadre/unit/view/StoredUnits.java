package vn.cadres.cadre.unit.view;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.cadres.cadre.unit.UnitLookup;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.history.RecordHistory;

/** The {@link UnitLookup} of the running service: each unit folded from its events in the store. */
@Component
class StoredUnits implements UnitLookup {

    private final EventLog log;
    private final RecordHistory history;
    private final Units units;

    StoredUnits(EventLog log, RecordHistory history, Units units) {
        this.log = log;
        this.history = history;
        this.units = units;
    }

    @Override
    public Optional<UnitView> find(String unitId) {
        return UnitView.replay(history.payloads(log.readAggregate(unitId, 0)));
    }

    @Override
    public List<UnitView> mergedInto(String unitId) {
        return units.idsMergedInto(unitId).stream().flatMap(id -> find(id).stream())
                .filter(unit -> unitId.equals(unit.successorUnitId())).toList();
    }
}
