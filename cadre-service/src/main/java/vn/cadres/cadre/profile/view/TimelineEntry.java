package vn.cadres.cadre.profile.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import vn.cadres.contracts.cadre.Decision;

/**
 * One step of a cadre's career (quá trình công tác): what happened, when it took effect, when and by
 * which office it was recorded, and on which decision, so an auditor can trace each move.
 *
 * @param type      the event's wire name, such as {@code cadre.CadreAppointed}
 * @param office    the office that recorded it
 * @param decision  the decision it rests on, when it names one
 * @param post      the post (chức vụ) it concerns, when it names one
 * @param unit      the unit it names, under the name it bore on the effective date
 * @param unitToday the unit that continues that unit today, after the 2025 reorganisation
 * @param details   the event as published, for the facts this view does not lift out
 */
public record TimelineEntry(
        LocalDate effectiveDate,
        String type,
        Instant recordedAt,
        String office,
        Decision decision,
        String post,
        UnitName unit,
        UnitName unitToday,
        Map<String, Object> details) {

    /** A unit as named on some date; the name is null when the unit is not known here. */
    public record UnitName(String unitId, String name) {
    }
}
