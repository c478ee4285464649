package vn.cadres.evaluation.view;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.evaluation.EvaluationFact;
import vn.cadres.evaluation.EvaluationState;
import vn.cadres.platform.eventstore.EventCodec;
import vn.cadres.platform.projections.LookupIndexes;
import vn.cadres.platform.projections.StateDocuments;

/**
 * The evaluations read model: one document per evaluation, the {@link EvaluationState} its events
 * fold into, fed from this service's own store. A cadre's and a rotation's evaluations are listed
 * from it, and the phase review finds a cadre's evaluations here.
 */
@Component
@ProcessingGroup(Evaluations.PROCESSOR)
public class Evaluations {

    public static final String PROCESSOR = "evaluations";
    static final String COLLECTION = "evaluations";

    private final StateDocuments<EvaluationState> evaluations;

    Evaluations(MongoDatabase database, EventCodec codec) {
        this.evaluations = new StateDocuments<>(database.getCollection(COLLECTION), codec.mapper(),
                EvaluationState.class);
        LookupIndexes.on(evaluations.collection(), "cadreId", "rotationId");
    }

    @EventHandler
    void on(EvaluationFact event, @SequenceNumber long sequence) {
        evaluations.apply(event.evaluationId(), sequence, evaluation -> evaluation.apply(event));
    }

    @ResetHandler
    void reset() {
        evaluations.collection().deleteMany(new Document()); // keeps the indexes
    }

    /** The cadre's evaluations, earliest period first. */
    public List<EvaluationState> ofCadre(String cadreId) {
        return evaluations.find(eq("cadreId", cadreId), "periodEnd");
    }

    /** The evaluations placed against a rotation, earliest period first. */
    public List<EvaluationState> ofRotation(String rotationId) {
        return evaluations.find(eq("rotationId", rotationId), "periodEnd");
    }
}
