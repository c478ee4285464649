package vn.cadres.cadre.unit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cadres.cadre.unit.view.NameSpan;
import vn.cadres.cadre.unit.view.UnitView;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;

/** The other units a fixture's commands name, as the store would give them. */
public final class KnownUnits implements UnitLookup {

    private final Map<String, UnitView> units = new HashMap<>();

    /** Adds an active unit of {@code level} in {@code province}, valid from {@code from}. */
    public KnownUnits active(String unitId, ProvinceCode province, Level level, LocalDate from) {
        return with(view(unitId, province, level, from, null, UnitState.ACTIVE, null));
    }

    /** Adds a unit of {@code province} valid from {@code from}, merged on {@code to} into {@code successorUnitId}. */
    public KnownUnits merged(String unitId, ProvinceCode province, Level level, LocalDate from, LocalDate to,
                             String successorUnitId) {
        return with(view(unitId, province, level, from, to, UnitState.MERGED, successorUnitId));
    }

    public KnownUnits with(UnitView unit) {
        units.put(unit.unitId(), unit);
        return this;
    }

    @Override
    public Optional<UnitView> find(String unitId) {
        return Optional.ofNullable(units.get(unitId));
    }

    @Override
    public List<UnitView> mergedInto(String unitId) {
        return units.values().stream().filter(unit -> unitId.equals(unit.successorUnitId())).toList();
    }

    private static UnitView view(String unitId, ProvinceCode province, Level level, LocalDate from, LocalDate to,
                                 UnitState state, String successorUnitId) {
        return new UnitView(unitId, List.of(new NameSpan("Đơn vị " + unitId, from)), level, Bloc.PARTY, province,
                level == Level.COMMUNE ? "Xã " + unitId : null, null, List.of(), from, to, state, successorUnitId);
    }
}
