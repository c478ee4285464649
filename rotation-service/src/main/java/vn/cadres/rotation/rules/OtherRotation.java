package vn.cadres.rotation.rules;

import java.time.LocalDate;

/**
 * Another started rotation of the same cadre, as the rotations read model knows it.
 *
 * @param start the actual start
 * @param end   the actual end (the last day served), or null while it runs
 */
public record OtherRotation(String rotationId, LocalDate start, LocalDate end) {

    /** Whether the cadre is still in this rotation on {@code date}; one may end and the next begin on the same day. */
    public boolean activeOn(LocalDate date) {
        return !start.isAfter(date) && (end == null || end.isAfter(date));
    }
}
