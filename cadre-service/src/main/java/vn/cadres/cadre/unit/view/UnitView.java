package vn.cadres.cadre.unit.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.cadres.cadre.unit.UnitState;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.contracts.unit.UnitDissolved;
import vn.cadres.contracts.unit.UnitEstablished;
import vn.cadres.contracts.unit.UnitMerged;
import vn.cadres.contracts.unit.UnitRenamed;

/**
 * A unit as the read model knows it, or as its own events make it ({@link #replay}): every name it
 * bore and its validity period [{@code validFrom}, {@code validTo}), {@code validTo} null while it exists.
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

    /** The unit after its own events, oldest first; empty when they are not a unit's (another record's id). */
    public static Optional<UnitView> replay(List<?> events) {
        if (events.isEmpty() || !(events.getFirst() instanceof UnitEstablished established)) {
            return Optional.empty();
        }
        UnitView unit = new UnitView(established.unitId(), List.of(new NameSpan(established.name(),
                established.effectiveDate())), established.level(), established.bloc(), established.province(),
                established.locality(), established.parentUnitId(), established.keyPosts(),
                established.effectiveDate(), null, UnitState.ACTIVE, null);
        for (Object event : events.subList(1, events.size())) {
            unit = unit.apply(event);
        }
        return Optional.of(unit);
    }

    /** As the {@code Units} read model does: a back-filled rename may predate later ones. */
    private UnitView apply(Object event) {
        return switch (event) {
            case UnitRenamed r -> {
                List<NameSpan> renamed = new ArrayList<>(names);
                renamed.add(new NameSpan(r.name(), r.effectiveDate()));
                renamed.sort(Comparator.comparing(NameSpan::from));
                yield new UnitView(unitId, List.copyOf(renamed), level, bloc, province, locality, parentUnitId,
                        keyPosts, validFrom, validTo, state, successorUnitId);
            }
            case UnitMerged m -> new UnitView(unitId, names, level, bloc, province, locality, parentUnitId, keyPosts,
                    validFrom, m.effectiveDate(), UnitState.MERGED, m.successorUnitId());
            case UnitDissolved d -> new UnitView(unitId, names, level, bloc, province, locality, parentUnitId,
                    keyPosts, validFrom, d.effectiveDate(), UnitState.DISSOLVED, null);
            default -> this;
        };
    }
}
