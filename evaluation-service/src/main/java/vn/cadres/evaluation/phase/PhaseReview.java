package vn.cadres.evaluation.phase;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.evaluation.EvaluationRecorded;
import vn.cadres.contracts.rotation.RotationFact;
import vn.cadres.evaluation.EvaluationState;
import vn.cadres.evaluation.rotations.KnownRotation;
import vn.cadres.evaluation.rotations.KnownRotations;
import vn.cadres.evaluation.scoring.EvaluationPolicy;
import vn.cadres.evaluation.view.Evaluations;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.projections.ReadModelBatch;

/**
 * Keeps each evaluation's phase true to the cadre's rotations as they become known: back-filled
 * history brings rotations after the evaluations they frame, and rotations start, end or are
 * cancelled after an evaluation was recorded. Whenever a batch of rotation facts, or of new
 * evaluations, has been written to its read model, every evaluation of the cadres concerned whose
 * phase the known rotations now place differently is sent a {@link ReviewPhase}, and its record
 * writes the change as an event.
 *
 * <p>Both read models are written before either review reads the other, so whichever of an
 * evaluation and a rotation arrives last, its review sees the first; a crash before the token is
 * saved replays the batch and the review with it, and a review that finds nothing changed writes
 * nothing.
 */
@Component
public class PhaseReview {

    public static final String ACTOR = CommandSender.SYSTEM_ACTOR_PREFIX + "evaluation-phase-review";
    private static final String TASK = "phase-review";

    private final Evaluations evaluations;
    private final KnownRotations rotations;
    private final CommandSender commands;
    private final EvaluationPolicy policy;

    PhaseReview(Evaluations evaluations, KnownRotations rotations, CommandSender commands, EvaluationPolicy policy) {
        this.evaluations = evaluations;
        this.rotations = rotations;
        this.commands = commands;
        this.policy = policy;
    }

    /** Reviews the cadre's evaluations once the current batch is written. */
    void afterWrites(String cadreId) {
        ReadModelBatch.afterWrites(TASK, LinkedHashSet<String>::new, this::review).add(cadreId);
    }

    void review(Set<String> cadreIds) {
        String correlationId = UUID.randomUUID().toString();
        for (String cadreId : cadreIds) {
            List<KnownRotation> known = rotations.ofCadre(cadreId);
            for (EvaluationState evaluation : evaluations.ofCadre(cadreId)) {
                if (placedElsewhere(evaluation, known)) {
                    commands.sendAsSystem(ACTOR, correlationId, evaluation.province(),
                            new ReviewPhase(evaluation.evaluationId(), known));
                }
            }
        }
    }

    private boolean placedElsewhere(EvaluationState evaluation, List<KnownRotation> known) {
        PhaseOf now = Phases.derive(evaluation.periodEnd(), evaluation.evaluatorRole(), known,
                policy.phaseWindowMonths());
        return now.phase() != evaluation.phase() || !Objects.equals(now.rotationId(), evaluation.rotationId());
    }

    /** Rotation facts put the cadre's evaluations up for review. */
    @Component
    @ProcessingGroup(KnownRotations.PROCESSOR)
    static class OnRotationFacts {

        private final PhaseReview review;

        OnRotationFacts(PhaseReview review) {
            this.review = review;
        }

        @EventHandler
        void on(RotationFact event) {
            review.afterWrites(event.cadreId());
        }
    }

    /** A new evaluation is reviewed against rotations that arrived while it was being recorded. */
    @Component
    @ProcessingGroup(Evaluations.PROCESSOR)
    static class OnRecordedEvaluations {

        private final PhaseReview review;

        OnRecordedEvaluations(PhaseReview review) {
            this.review = review;
        }

        @EventHandler
        void on(EvaluationRecorded event) {
            review.afterWrites(event.cadreId());
        }
    }
}
