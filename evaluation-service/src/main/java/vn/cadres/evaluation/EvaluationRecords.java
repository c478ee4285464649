package vn.cadres.evaluation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.evaluation.Classification;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.domain.NotFoundException;
import vn.cadres.platform.history.RecordHistory;
import vn.cadres.platform.history.Records;

/** The evaluations in this service's store, each rebuilt from its own events, and the commands about them. */
@Component
public class EvaluationRecords extends Records<EvaluationState> {

    EvaluationRecords(RecordHistory history, CommandSender commands) {
        super(history, commands, "evaluation", EvaluationState::replay, EvaluationState::province);
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
}
