package vn.cadres.rotation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.contracts.rotation.CadrePlacedAfterRotation;
import vn.cadres.contracts.rotation.CadreRotated;
import vn.cadres.contracts.rotation.Direction;
import vn.cadres.contracts.rotation.PlacementOutcome;
import vn.cadres.contracts.rotation.RotationApproved;
import vn.cadres.contracts.rotation.RotationCancelled;
import vn.cadres.contracts.rotation.RotationCompleted;
import vn.cadres.contracts.rotation.RotationEndedEarly;
import vn.cadres.contracts.rotation.RotationExtended;
import vn.cadres.contracts.rotation.RotationFact;
import vn.cadres.contracts.rotation.RotationKind;
import vn.cadres.contracts.rotation.RotationOverdue;
import vn.cadres.contracts.rotation.RotationProposed;
import vn.cadres.contracts.rotation.RotationRule;
import vn.cadres.contracts.rotation.RuleFlag;
import vn.cadres.contracts.rotation.UnitPost;

/**
 * A rotation as its events tell it: the one fold of those events, which the aggregate decides
 * with, the rotations read model stores and a query answers with, so the three never disagree.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public final class RotationState {

    /** A flag as it stands on the rotation: which decision raised it, on what date. */
    public record RecordedFlag(String raisedBy, LocalDate on, RuleFlag flag) {
    }

    /** How the cadre was placed after the rotation (R6, R13). */
    public record Placement(PlacementOutcome outcome, UnitPost placedAt, Decision decision, LocalDate effectiveDate) {
    }

    private String rotationId;
    private String cadreId;
    private ProvinceCode province;
    private RotationKind kind;
    private UnitPost from;
    private UnitPost to;
    private Direction direction;
    private String reasons;
    private RotationStatus status;
    private LocalDate proposedOn;
    private Decision approval;
    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    private LocalDate actualStart;
    private LocalDate actualEnd;
    private Long termMonths;
    private LocalDate overdueSince;
    private String endReason;
    private Placement placement;
    private List<RecordedFlag> flags = new ArrayList<>();

    private RotationState() {
    }

    /** The state after {@code events}, the first of which proposed the rotation. */
    public static RotationState replay(List<?> events) {
        RotationState state = new RotationState();
        events.forEach(event -> {
            if (event instanceof RotationFact fact) {
                state.apply(fact);
            }
        });
        return state;
    }

    /** Applies one more fact of this rotation. */
    public RotationState apply(RotationFact event) {
        switch (event) {
            case RotationProposed e -> {
                rotationId = e.rotationId();
                cadreId = e.cadreId();
                province = e.province();
                kind = e.kind();
                from = e.from();
                to = e.to();
                direction = e.direction();
                reasons = e.reasons();
                status = RotationStatus.PROPOSED;
                proposedOn = e.effectiveDate();
                plannedStart = e.plannedStart();
                plannedEnd = e.plannedEnd();
                flag(e, e.effectiveDate(), e.flags());
            }
            case RotationApproved e -> {
                status = RotationStatus.APPROVED;
                approval = e.decision();
            }
            case CadreRotated e -> {
                status = RotationStatus.ACTIVE;
                actualStart = e.effectiveDate();
                flag(e, e.effectiveDate(), e.flags());
            }
            case RotationExtended e -> {
                plannedEnd = e.plannedEnd();
                overdueSince = null;
            }
            case RotationCompleted e -> ended(RotationStatus.COMPLETED, e.effectiveDate(), e.termMonths(), null);
            case RotationEndedEarly e -> {
                ended(RotationStatus.ENDED_EARLY, e.effectiveDate(), e.termMonths(), e.reason());
                flag(e, e.effectiveDate(), e.flags());
            }
            case RotationCancelled e -> {
                status = RotationStatus.CANCELLED;
                endReason = e.reason();
            }
            case RotationOverdue e -> {
                overdueSince = e.effectiveDate();
                flag(e, e.effectiveDate(), List.of(RuleFlag.warning(RotationRule.OVERDUE,
                        "not completed by its planned end " + e.plannedEnd())));
            }
            case CadrePlacedAfterRotation e ->
                    placement = new Placement(e.outcome(), e.placedAt(), e.decision(), e.effectiveDate());
        }
        return this;
    }

    private void ended(RotationStatus endStatus, LocalDate end, long months, String reason) {
        status = endStatus;
        actualEnd = end;
        termMonths = months;
        overdueSince = null;
        endReason = reason;
    }

    private void flag(Object event, LocalDate on, List<RuleFlag> raised) {
        String type = event.getClass().getAnnotation(EventType.class).value();
        raised.forEach(flag -> flags.add(new RecordedFlag(type, on, flag)));
    }

    /** The overrides granted on this rotation so far, by rule: they stand for its later decisions. */
    public Map<RotationRule, RuleFlag> overrides() {
        Map<RotationRule, RuleFlag> overrides = new LinkedHashMap<>();
        flags.stream().map(RecordedFlag::flag).filter(RuleFlag::overridden)
                .forEach(flag -> overrides.putIfAbsent(flag.rule(), flag));
        return overrides;
    }

    /** R13: a cadre kept permanently at the destination is no longer a rotated cadre. */
    public boolean stillRotatedCadre() {
        return status != RotationStatus.CANCELLED
                && (placement == null || placement.outcome() != PlacementOutcome.KEPT_AT_DESTINATION);
    }

    public String rotationId() {
        return rotationId;
    }

    public String cadreId() {
        return cadreId;
    }

    public ProvinceCode province() {
        return province;
    }

    public RotationKind kind() {
        return kind;
    }

    public UnitPost from() {
        return from;
    }

    public UnitPost to() {
        return to;
    }

    public Direction direction() {
        return direction;
    }

    public String reasons() {
        return reasons;
    }

    public RotationStatus status() {
        return status;
    }

    public LocalDate proposedOn() {
        return proposedOn;
    }

    public Decision approval() {
        return approval;
    }

    public LocalDate plannedStart() {
        return plannedStart;
    }

    public LocalDate plannedEnd() {
        return plannedEnd;
    }

    public LocalDate actualStart() {
        return actualStart;
    }

    public LocalDate actualEnd() {
        return actualEnd;
    }

    public Long termMonths() {
        return termMonths;
    }

    /** The day the daily deadline flagged the rotation overdue ({@code RotationOverdue}), if it has. */
    public LocalDate overdueSince() {
        return overdueSince;
    }

    /**
     * Whether the rotation runs past its planned end on {@code today}: known from the dates alone,
     * so true the moment a rotation is back-filled, before the daily deadline records it.
     */
    public boolean overdueOn(LocalDate today) {
        return status == RotationStatus.ACTIVE && plannedEnd.isBefore(today);
    }

    public String endReason() {
        return endReason;
    }

    public Placement placement() {
        return placement;
    }

    public List<RecordedFlag> flags() {
        return List.copyOf(flags);
    }
}
