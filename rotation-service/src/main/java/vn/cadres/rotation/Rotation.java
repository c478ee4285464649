package vn.cadres.rotation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.cadres.contracts.rotation.CadrePlacedAfterRotation;
import vn.cadres.contracts.rotation.CadreRotated;
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
import vn.cadres.contracts.rotation.UnitPost;
import vn.cadres.platform.domain.InvalidInput;
import vn.cadres.platform.domain.RuleViolation;
import vn.cadres.platform.eventstore.EnvelopeMessages;
import vn.cadres.rotation.approve.ApproveRotation;
import vn.cadres.rotation.cancel.CancelRotation;
import vn.cadres.rotation.complete.CompleteRotation;
import vn.cadres.rotation.endearly.EndRotationEarly;
import vn.cadres.rotation.extend.ExtendRotation;
import vn.cadres.rotation.overdue.MarkRotationOverdue;
import vn.cadres.rotation.place.RecordPlacement;
import vn.cadres.rotation.propose.ProposeRotation;
import vn.cadres.rotation.rules.Directions;
import vn.cadres.rotation.rules.RotationPolicy;
import vn.cadres.rotation.rules.RotationRules;
import vn.cadres.rotation.rules.RuleMode;
import vn.cadres.rotation.rules.RuleVerdicts;
import vn.cadres.rotation.rules.Terms;
import vn.cadres.rotation.start.StartRotation;

/**
 * A rotation (luân chuyển): one cadre's term at another unit, from proposal to placement after it.
 * Decides on commands by the rules of Quy định 65-QĐ/TW as the {@link RotationPolicy} sets them, and
 * records on each event what the rules flagged and who overrode them.
 */
@Aggregate
public class Rotation {

    @AggregateIdentifier
    private String rotationId;
    private RotationState state;

    protected Rotation() {
        // for event sourcing
    }

    @CommandHandler
    public Rotation(ProposeRotation command, RotationPolicy policy,
                    @MetaDataValue(EnvelopeMessages.ACTOR) String actor) {
        LocalDate start = command.plannedStart();
        if (!command.plannedEnd().isAfter(start)) {
            throw InvalidInput.of("plannedEnd", "a rotation's planned term ends after it starts");
        }
        if (command.fromUnit().unitId().equals(command.toUnit().unitId())) {
            throw InvalidInput.of("to.unitId", "a rotation moves the cadre to another unit");
        }
        command.fromUnit().requireValidOn(start, "from.unitId");
        command.toUnit().requireValidOn(start, "to.unitId");
        command.cadre().requireServingOn(start);

        RuleVerdicts verdicts = new RuleVerdicts(policy, command.overrides(), Map.of(), actor);
        if (command.kind() == RotationKind.ROTATION) {
            RotationRules.inSuccessionPlan(verdicts, command.cadre(), start);
            RotationRules.workingLifeLeft(verdicts, command.cadre(), start);
            RotationRules.minimumTerm(verdicts, start, command.plannedEnd());
        }
        RotationRules.oneRotationAtATime(verdicts, command.otherRotations(), start, command.plannedEnd());
        RotationRules.nonLocalKeyPost(verdicts, command.cadre(), command.toUnit(), command.toPost());

        apply(new RotationProposed(command.rotationId(), command.cadre().cadreId(), command.cadre().province(),
                command.kind(), new UnitPost(command.fromUnit().unitId(), command.fromPost()),
                new UnitPost(command.toUnit().unitId(), command.toPost()), start, command.plannedEnd(),
                command.reasons(), Directions.between(command.fromUnit(), command.toUnit()), verdicts.settle(),
                command.effectiveDate()));
    }

    @CommandHandler
    void handle(ApproveRotation command) {
        require("approved", RotationStatus.PROPOSED);
        if (command.decision().date().isBefore(state.proposedOn())) {
            throw InvalidInput.of("decision.date", "is before the proposal of " + state.proposedOn());
        }
        command.cadre().requireServingOn(command.decision().date());
        apply(new RotationApproved(rotationId, state.cadreId(), state.province(), command.decision(),
                command.decision().date()));
    }

    @CommandHandler
    void handle(StartRotation command, RotationPolicy policy, @MetaDataValue(EnvelopeMessages.ACTOR) String actor) {
        require("started", RotationStatus.APPROVED);
        LocalDate start = command.startDate();
        if (start.isBefore(state.approval().date())) {
            throw InvalidInput.of("startDate", "is before the decision " + state.approval().number() + " of "
                    + state.approval().date() + " that orders the rotation");
        }
        command.cadre().requireServingOn(start);
        RuleVerdicts verdicts = new RuleVerdicts(policy, command.overrides(), state.overrides(), actor);
        if (state.kind() == RotationKind.ROTATION) {
            RotationRules.workingLifeLeft(verdicts, command.cadre(), start);
        }
        RotationRules.oneRotationAtATime(verdicts, command.otherRotations(), start, state.plannedEnd());
        apply(new CadreRotated(rotationId, state.cadreId(), state.province(), state.kind(), state.from(), state.to(),
                state.direction(), state.plannedEnd(), verdicts.settle(), start));
    }

    @CommandHandler
    void handle(ExtendRotation command) {
        require("extended", RotationStatus.APPROVED, RotationStatus.ACTIVE);
        if (!command.plannedEnd().isAfter(state.plannedEnd())) {
            throw InvalidInput.of("plannedEnd", "an extension ends after the planned end " + state.plannedEnd());
        }
        apply(new RotationExtended(rotationId, state.cadreId(), state.province(), state.plannedEnd(),
                command.plannedEnd(), command.decision(), command.reason(), command.decision().date()));
    }

    @CommandHandler
    void handle(CompleteRotation command) {
        require("completed", RotationStatus.ACTIVE);
        LocalDate end = endDate(command.endDate());
        if (end.isBefore(state.plannedEnd())) {
            throw new RuleViolation("rotation-not-due", "the rotation is planned to end on " + state.plannedEnd()
                    + "; ending it on " + end + " is an early end, with a reason",
                    Map.of("plannedEnd", state.plannedEnd().toString()));
        }
        apply(new RotationCompleted(rotationId, state.cadreId(), state.province(),
                Terms.months(state.actualStart(), end), command.decision(), end));
    }

    @CommandHandler
    void handle(EndRotationEarly command, RotationPolicy policy,
                @MetaDataValue(EnvelopeMessages.ACTOR) String actor) {
        require("ended early", RotationStatus.ACTIVE);
        LocalDate end = endDate(command.endDate());
        if (!end.isBefore(state.plannedEnd())) {
            throw new RuleViolation("rotation-due", "the term ran to its planned end " + state.plannedEnd()
                    + ": complete the rotation instead", Map.of("plannedEnd", state.plannedEnd().toString()));
        }
        RuleVerdicts verdicts = new RuleVerdicts(policy, command.overrides(), state.overrides(), actor);
        if (state.kind() == RotationKind.ROTATION) {
            RotationRules.endedEarly(verdicts, state.actualStart(), end);
        }
        apply(new RotationEndedEarly(rotationId, state.cadreId(), state.province(),
                Terms.months(state.actualStart(), end), command.reason(), command.decision(), verdicts.settle(), end));
    }

    @CommandHandler
    void handle(CancelRotation command) {
        require("cancelled", RotationStatus.PROPOSED, RotationStatus.APPROVED);
        apply(new RotationCancelled(rotationId, state.cadreId(), state.province(), command.reason(),
                command.effectiveDate()));
    }

    @CommandHandler
    void handle(RecordPlacement command) {
        require("placed", RotationStatus.COMPLETED, RotationStatus.ENDED_EARLY);
        if (state.placement() != null) {
            throw new RuleViolation("rotation-already-placed", "the cadre was placed after this rotation on "
                    + state.placement().effectiveDate(), Map.of("placedOn",
                    state.placement().effectiveDate().toString()));
        }
        if (command.effectiveDate().isBefore(state.actualEnd())) {
            throw InvalidInput.of("effectiveDate", "is before the rotation ended on " + state.actualEnd());
        }
        if (command.outcome() == PlacementOutcome.KEPT_AT_DESTINATION
                && !command.placedAt().unitId().equals(state.to().unitId())) {
            throw InvalidInput.of("placedAt.unitId", "a cadre kept at the destination stays at unit "
                    + state.to().unitId());
        }
        apply(new CadrePlacedAfterRotation(rotationId, state.cadreId(), state.province(), command.outcome(),
                command.placedAt(), command.decision(), command.effectiveDate()));
    }

    @CommandHandler
    boolean handle(MarkRotationOverdue command, RotationPolicy policy) {
        boolean due = state.overdueOn(command.today()) && state.overdueSince() == null
                && policy.modeOf(RotationRule.OVERDUE) != RuleMode.OFF;
        if (due) {
            apply(new RotationOverdue(rotationId, state.cadreId(), state.province(), state.plannedEnd(),
                    state.plannedEnd().plusDays(1)));
        }
        return due;
    }

    @EventSourcingHandler
    void on(RotationProposed event) {
        rotationId = event.rotationId();
        state = RotationState.replay(List.of(event));
    }

    @EventSourcingHandler
    void on(RotationFact event) {
        state.apply(event);
    }

    /** @throws RuleViolation (409, with the current state) unless the rotation is in one of {@code allowed} */
    private void require(String action, RotationStatus... allowed) {
        if (!Arrays.asList(allowed).contains(state.status())) {
            throw new RuleViolation("rotation-illegal-transition", "a rotation that is " + state.status()
                    + " cannot be " + action, Map.of("state", state.status().name(), "rotationId", rotationId));
        }
    }

    private LocalDate endDate(LocalDate end) {
        if (end.isBefore(state.actualStart())) {
            throw InvalidInput.of("endDate", "is before the rotation started on " + state.actualStart());
        }
        return end;
    }
}
