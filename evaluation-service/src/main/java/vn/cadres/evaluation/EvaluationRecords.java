package vn.cadres.evaluation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.evaluation.Classification;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.history.RecordHistory;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.web.NotFoundException;

/**
 * An evaluation's record in this service's store: its state rebuilt from its own events, never from
 * the read model, and the commands about it, sent on behalf of the office of its province.
 */
@Component
public class EvaluationRecords {

    private final RecordHistory history;
    private final CommandSender commands;

    EvaluationRecords(RecordHistory history, CommandSender commands) {
        this.history = history;
        this.commands = commands;
    }

    /** @throws NotFoundException (404) when no evaluation has this id */
    public EvaluationState get(String evaluationId) {
        return EvaluationState.replay(history.payloads(history.of("evaluation", evaluationId)));
    }

    /** The class the evaluation was decided (or amended) to, as its record says; empty if not decided or unknown. */
    public Optional<Classification> decidedClass(String evaluationId) {
        try {
            EvaluationState evaluation = get(evaluationId);
            return Optional.ofNullable(evaluation.decided()).map(EvaluationState.Assessment::classification);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Sends {@code command} about {@code evaluation} if {@code office} may write its province's records. */
    public <R> R send(ActingOffice office, EvaluationState evaluation, Object command) {
        return commands.send(office, evaluation.province(), command);
    }
}
