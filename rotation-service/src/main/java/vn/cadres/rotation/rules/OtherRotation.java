package vn.cadres.rotation.rules;

import java.time.LocalDate;

/**
 * Another started rotation of the same cadre, as the rotations read model knows it.
 *
 * @param start the actual start
 * @param end   the actual end (the last day served), or null while it runs
 */
public record OtherRotation(String rotationId, LocalDate start, LocalDate end) {

    /**
     * Whether the cadre was in this rotation during the term {@code from} to {@code to}, whenever
     * each was entered: back-filled history can bring an earlier term after a later one. One may end
     * and the next begin on the same day; a rotation still running runs on past any date. A term
     * started on or after its planned end still holds its first day.
     */
    public boolean overlaps(LocalDate from, LocalDate to) {
        LocalDate until = to.isAfter(from) ? to : from.plusDays(1);
        return start.isBefore(until) && (end == null || end.isAfter(from));
    }

    /** Whether the cadre is still in this rotation on {@code date}. */
    boolean runningOn(LocalDate date) {
        return end == null && !start.isAfter(date);
    }
}
