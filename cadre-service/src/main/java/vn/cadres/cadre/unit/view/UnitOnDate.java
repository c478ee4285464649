package vn.cadres.cadre.unit.view;

import java.time.LocalDate;
import java.util.List;
import vn.cadres.cadre.unit.UnitState;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;

/**
 * A unit as it stood on one date: the name it bore then, whether it existed then, and what
 * became of it ({@code validTo}, {@code successorUnitId}).
 */
public record UnitOnDate(
        String unitId,
        LocalDate asOf,
        String name,
        boolean validOnDate,
        Level level,
        Bloc bloc,
        ProvinceCode province,
        String locality,
        String parentUnitId,
        List<String> keyPosts,
        LocalDate validFrom,
        LocalDate validTo,
        UnitState state,
        String successorUnitId,
        List<NameSpan> names) {

    static UnitOnDate of(UnitView unit, LocalDate asOf) {
        return new UnitOnDate(unit.unitId(), asOf, unit.nameOn(asOf), unit.validOn(asOf), unit.level(), unit.bloc(),
                unit.province(), unit.locality(), unit.parentUnitId(), unit.keyPosts(), unit.validFrom(),
                unit.validTo(), unit.state(), unit.successorUnitId(), unit.names());
    }
}
