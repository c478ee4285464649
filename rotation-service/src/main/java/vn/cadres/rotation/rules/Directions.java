package vn.cadres.rotation.rules;

import vn.cadres.contracts.rotation.Direction;
import vn.cadres.contracts.rotation.Movement;
import vn.cadres.contracts.unit.Level;
import vn.cadres.contracts.unit.Localities;
import vn.cadres.rotation.units.KnownUnit;

/**
 * The direction of a move (R3), derived from the two units: between levels it is downward or
 * upward; at one level it is between localities when the units serve different places (two
 * communes, two provinces) and between bodies when they serve the same one (two boards of a city).
 */
public final class Directions {

    private Directions() {
    }

    public static Direction between(KnownUnit from, KnownUnit to) {
        return new Direction(movement(from, to), from.level(), to.level(), from.bloc(), to.bloc());
    }

    private static Movement movement(KnownUnit from, KnownUnit to) {
        int step = Integer.compare(depth(to.level()), depth(from.level()));
        if (step > 0) {
            return Movement.DOWNWARD;
        }
        if (step < 0) {
            return Movement.UPWARD;
        }
        return place(from).equals(place(to)) ? Movement.BETWEEN_BODIES : Movement.BETWEEN_LOCALITIES;
    }

    /** Central is the top (0), a commune the bottom. */
    private static int depth(Level level) {
        return level.ordinal();
    }

    /** The place a unit serves: its province, and within it the district or commune named by its locality. */
    private static String place(KnownUnit unit) {
        return switch (unit.level()) {
            case CENTRAL -> "central";
            case PROVINCE -> unit.province().value();
            case DISTRICT, COMMUNE -> unit.province().value() + "/" + Localities.key(unit.locality());
        };
    }
}
