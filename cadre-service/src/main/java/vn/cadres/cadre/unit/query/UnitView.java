package vn.cadres.cadre.unit.query;

import java.time.LocalDate;
import java.util.List;
import vn.cadres.cadre.unit.UnitState;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;

/**
 * A unit as the read model knows it: every name it bore and its validity period
 * [{@code validFrom}, {@code validTo}), {@code validTo} null while it exists.
 *
 * @param names its names, oldest first
 */
public record UnitView(
        String unitId,
        List<NameSpan> names,
        Level level,
        Bloc bloc,
        ProvinceCode province,
        String locality,
        String parentUnitId,
        List<String> keyPosts,
        LocalDate validFrom,
        LocalDate validTo,
        UnitState state,
        String successorUnitId) {

    /** The name it bore on {@code date}; its first name for a date before it existed. */
    public String nameOn(LocalDate date) {
        String name = names.getFirst().name();
        for (NameSpan span : names) {
            if (!span.from().isAfter(date)) {
                name = span.name();
            }
        }
        return name;
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    public boolean ended() {
        return state != UnitState.ACTIVE;
    }
}
