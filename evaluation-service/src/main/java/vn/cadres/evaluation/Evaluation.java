package vn.cadres.evaluation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.cadres.contracts.evaluation.EvaluationRecorded;
import vn.cadres.evaluation.record.RecordEvaluation;
import vn.cadres.platform.web.InvalidInput;

/**
 * An evaluation (đánh giá) of one cadre for one period. Decides on commands about the evaluation
 * and keeps only the state those decisions need.
 */
@Aggregate
public class Evaluation {

    @AggregateIdentifier
    private String evaluationId;

    protected Evaluation() {
        // for event sourcing
    }

    /** The evaluation takes effect at the end of the period it judges. */
    @CommandHandler
    public Evaluation(RecordEvaluation command) {
        if (command.periodEnd().isBefore(command.periodStart())) {
            throw InvalidInput.of("periodEnd", "an evaluated period cannot end before it starts");
        }
        apply(new EvaluationRecorded(command.evaluationId(), command.cadreId(), command.province(),
                command.periodStart(), command.periodEnd(), command.totalScore(), command.periodEnd()));
    }

    @EventSourcingHandler
    void on(EvaluationRecorded event) {
        evaluationId = event.evaluationId();
    }
}
