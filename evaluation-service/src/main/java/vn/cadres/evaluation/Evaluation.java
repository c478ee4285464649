package vn.cadres.evaluation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.cadres.contracts.evaluation.EvaluationAmended;
import vn.cadres.contracts.evaluation.EvaluationDecided;
import vn.cadres.contracts.evaluation.EvaluationFact;
import vn.cadres.contracts.evaluation.EvaluationPhaseChanged;
import vn.cadres.contracts.evaluation.EvaluationRecorded;
import vn.cadres.contracts.evaluation.EvaluationVerified;
import vn.cadres.evaluation.amend.AmendEvaluation;
import vn.cadres.evaluation.decide.DecideEvaluation;
import vn.cadres.evaluation.phase.PhaseOf;
import vn.cadres.evaluation.phase.Phases;
import vn.cadres.evaluation.phase.ReviewPhase;
import vn.cadres.evaluation.record.RecordEvaluation;
import vn.cadres.evaluation.scoring.EvaluationPolicy;
import vn.cadres.evaluation.scoring.Scored;
import vn.cadres.evaluation.verify.VerifyEvaluation;
import vn.cadres.platform.domain.InvalidInput;
import vn.cadres.platform.domain.RuleViolation;

/**
 * An evaluation (đánh giá) of one cadre for one period, through the steps of Quy định 124/366:
 * self-assessment, verification by the organisation office, decision by the competent level, and
 * amendments after it. Scores, bands, the sanction rule and the quota are checked here, with the
 * {@link EvaluationPolicy} the deployment sets.
 */
@Aggregate
public class Evaluation {

    @AggregateIdentifier
    private String evaluationId;
    private EvaluationState state;

    protected Evaluation() {
        // for event sourcing
    }

    @CommandHandler
    public Evaluation(RecordEvaluation command, EvaluationPolicy policy) {
        if (command.periodEnd().isBefore(command.periodStart())) {
            throw InvalidInput.of("periodEnd", "an evaluated period cannot end before it starts");
        }
        Scored self = command.selfAssessment().scored(policy,
                command.cadre().sanctionedIn(command.periodStart(), command.periodEnd()));
        PhaseOf phase = Phases.derive(command.periodEnd(), command.evaluatorRole(), command.rotations(),
                policy.phaseWindowMonths());
        apply(new EvaluationRecorded(command.evaluationId(), command.cadre().cadreId(), command.cadre().province(),
                command.periodStart(), command.periodEnd(), command.evaluatingUnitId(), command.evaluatorRole(),
                command.group(), self.scores(), self.total(), self.classification(), self.sanctioned(),
                command.indicators(), phase.rotationId(), phase.phase(), command.periodEnd()));
    }

    @CommandHandler
    void handle(VerifyEvaluation command, EvaluationPolicy policy) {
        require("verified", EvaluationStatus.SELF_ASSESSED);
        Scored verified = state.rescored(command.scores(), command.cadre(), policy);
        apply(new EvaluationVerified(evaluationId, state.cadreId(), state.province(), verified.scores(),
                verified.total(), verified.classification(), command.note(), command.effectiveDate()));
    }

    @CommandHandler
    void handle(DecideEvaluation command, EvaluationPolicy policy) {
        require("decided", EvaluationStatus.VERIFIED);
        Scored decided = state.rescored(command.scores(), command.cadre(), policy);
        command.others().requireRoomFor(decided.classification(), null, policy);
        apply(new EvaluationDecided(evaluationId, state.cadreId(), state.province(), decided.scores(), decided.total(),
                decided.classification(), command.decision(), command.decision().date()));
    }

    @CommandHandler
    void handle(AmendEvaluation command, EvaluationPolicy policy) {
        require("amended", EvaluationStatus.DECIDED);
        if (command.reason() == null || command.reason().isBlank()) {
            throw InvalidInput.of("reason", "an amendment must say why the decided evaluation changes");
        }
        Scored amended = state.rescored(command.scores(), command.cadre(), policy);
        EvaluationState.Assessment current = state.decided();
        if (amended.scores().equals(current.scores())) {
            throw InvalidInput.of("scores", "are the decided scores already");
        }
        command.others().requireRoomFor(amended.classification(), current.classification(), policy);
        apply(new EvaluationAmended(evaluationId, state.cadreId(), state.province(), current.classification(),
                current.totalScore(), amended.scores(), amended.total(), amended.classification(),
                command.reason().strip(), command.decision(), command.decision().date()));
    }

    @CommandHandler
    boolean handle(ReviewPhase command, EvaluationPolicy policy) {
        PhaseOf now = Phases.derive(state.periodEnd(), state.evaluatorRole(), command.rotations(),
                policy.phaseWindowMonths());
        boolean changed = now.phase() != state.phase() || !Objects.equals(now.rotationId(), state.rotationId());
        if (changed) {
            apply(new EvaluationPhaseChanged(evaluationId, state.cadreId(), state.province(), state.rotationId(),
                    state.phase(), now.rotationId(), now.phase(), state.periodEnd()));
        }
        return changed;
    }

    @EventSourcingHandler
    void on(EvaluationRecorded event) {
        evaluationId = event.evaluationId();
        state = EvaluationState.replay(List.of(event));
    }

    @EventSourcingHandler
    void on(EvaluationFact event) {
        state.apply(event);
    }

    /** @throws RuleViolation (409, with the current state) unless the evaluation is at {@code expected} */
    private void require(String step, EvaluationStatus expected) {
        if (state.status() != expected) {
            throw new RuleViolation("evaluation-out-of-order", "an evaluation that is " + state.status()
                    + " cannot be " + step + "; the steps are self-assessment, verification, decision",
                    Map.of("state", state.status().name(), "evaluationId", evaluationId));
        }
    }
}
