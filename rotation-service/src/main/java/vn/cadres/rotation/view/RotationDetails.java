package vn.cadres.rotation.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.contracts.rotation.Direction;
import vn.cadres.contracts.rotation.RotationKind;
import vn.cadres.contracts.rotation.UnitPost;
import vn.cadres.platform.history.TimelineEntry;
import vn.cadres.rotation.RotationState;
import vn.cadres.rotation.RotationState.Placement;
import vn.cadres.rotation.RotationState.RecordedFlag;
import vn.cadres.rotation.RotationStatus;
import vn.cadres.rotation.rules.Terms;

/**
 * A rotation as the API shows it: the cadre and units by name, direction, terms, status, every flag
 * the rules raised (with who overrode what) and, for one rotation, its timeline of events.
 *
 * @param plannedTermMonths the planned term in whole months, first and last day included
 * @param termMonths        the term served, once the rotation has ended
 * @param overdue           running past its planned end on the day read
 * @param overdueSince      the day it fell due: as the daily deadline recorded it, or will
 * @param rotatedCadre      false once the cadre was kept at the destination (R13) or the rotation cancelled
 * @param timeline          every event of the rotation in the order recorded; null in lists
 */
public record RotationDetails(
        String rotationId,
        Cadre cadre,
        ProvinceCode province,
        RotationKind kind,
        RotationStatus status,
        Side from,
        Side to,
        Direction direction,
        String reasons,
        LocalDate proposedOn,
        Decision approval,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        long plannedTermMonths,
        LocalDate actualStart,
        LocalDate actualEnd,
        Long termMonths,
        boolean overdue,
        LocalDate overdueSince,
        String endReason,
        Placement placement,
        boolean rotatedCadre,
        List<RecordedFlag> flags,
        List<TimelineEntry> timeline) {

    public record Cadre(String cadreId, String fullName) {
    }

    /** A side of the move: the unit, by its current name, and the post. */
    public record Side(String unitId, String unitName, String post) {
    }

    /**
     * @param today the day {@code overdue} is read on: a rotation running past its planned end is
     *              overdue from the day after, as the daily deadline will record it
     */
    static RotationDetails of(RotationState r, String cadreName, Map<String, String> unitNames,
                              List<TimelineEntry> timeline, LocalDate today) {
        boolean overdue = r.overdueOn(today);
        LocalDate overdueSince = r.overdueSince() != null || !overdue ? r.overdueSince() : r.plannedEnd().plusDays(1);
        return new RotationDetails(r.rotationId(), new Cadre(r.cadreId(), cadreName), r.province(), r.kind(),
                r.status(), side(r.from(), unitNames), side(r.to(), unitNames), r.direction(), r.reasons(),
                r.proposedOn(), r.approval(), r.plannedStart(), r.plannedEnd(),
                Terms.months(r.plannedStart(), r.plannedEnd()), r.actualStart(), r.actualEnd(), r.termMonths(),
                overdue, overdueSince, r.endReason(), r.placement(), r.stillRotatedCadre(),
                r.flags(), timeline);
    }

    private static Side side(UnitPost post, Map<String, String> unitNames) {
        return new Side(post.unitId(), unitNames.get(post.unitId()), post.post());
    }
}
