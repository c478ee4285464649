package vn.cadres.contracts.unit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The units of a province as a tree (each names the unit it belongs to), for what a unit's own
 * locality cannot tell: which communes lie in a district. A district's name is not the name of any
 * of its communes, so a cadre from a commune of the district is a native of the district only as
 * the tree says (Quy định 65, R4/R5).
 */
public final class UnitTree {

    /** One unit as the tree needs it; {@code validTo} is the day it ended, or null while it exists. */
    public record Node(String unitId, Level level, String locality, String parentUnitId, LocalDate validFrom,
                       LocalDate validTo) {

        /**
         * A unit as the services' units read models store {@code UnitEstablished} and its end, read through
         * {@code field} (a stored document's {@code getString}), so the published language needs no driver.
         */
        public static Node of(Function<String, String> field) {
            return new Node(field.apply("_id"), Level.valueOf(field.apply("level")), field.apply("locality"),
                    field.apply("parentUnitId"), date(field.apply("validFrom")), date(field.apply("validTo")));
        }

        private static LocalDate date(String text) {
            return text == null ? null : LocalDate.parse(text);
        }

        boolean existedOn(LocalDate date) {
            return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || date.isBefore(validTo));
        }
    }

    private final Map<String, Node> units = new HashMap<>();

    public UnitTree(Collection<Node> units) {
        units.forEach(unit -> this.units.put(unit.unitId(), unit));
    }

    /**
     * The localities of the communes of the district named {@code district} on {@code date}: the
     * commune units then existing that belong, through their parents, to a district unit of that
     * locality (the district's Party committee, People's Committee or any of their bodies).
     */
    public List<String> communesOf(String district, LocalDate date) {
        Set<String> communes = new HashSet<>();
        for (Node unit : units.values()) {
            if (unit.level() == Level.COMMUNE && unit.locality() != null && unit.existedOn(date)
                    && inDistrict(unit, district)) {
                communes.add(unit.locality());
            }
        }
        return communes.stream().sorted().toList();
    }

    private boolean inDistrict(Node unit, String district) {
        Set<String> seen = new HashSet<>();
        for (Node parent = units.get(unit.parentUnitId()); parent != null && seen.add(parent.unitId());
             parent = units.get(parent.parentUnitId())) {
            if (parent.level() == Level.DISTRICT) {
                return Localities.same(parent.locality(), district);
            }
        }
        return false;
    }
}
