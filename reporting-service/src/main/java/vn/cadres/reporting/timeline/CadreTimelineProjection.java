package vn.cadres.reporting.timeline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.DomainEvent;
import vn.cadres.platform.eventstore.EnvelopeMessages;
import vn.cadres.platform.eventstore.EventCodec;
import vn.cadres.platform.projections.EntryDocuments;
import vn.cadres.platform.projections.ReadModels;

/**
 * Every fact about a cadre from the three services (cadre-service's profile, appointments and
 * plans; rotation-service's rotations; evaluation-service's evaluations), fed from all three topics:
 * one document per cadre, one entry per event with its effective date, recorded time, office, actor
 * and decision. An event is about a cadre when it names one ({@code cadreId}); unit events are not.
 */
@Component
@ProcessingGroup(CadreTimelineProjection.GROUP)
class CadreTimelineProjection {

    static final String GROUP = "cadre-timelines";
    static final String COLLECTION = "cadre_timelines";
    /** The read model this one replaced: one document per event, built by processor {@code cadre-timeline}. */
    private static final String RETIRED = "cadre_timeline";
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final EntryDocuments timeline;
    private final ObjectMapper json;

    CadreTimelineProjection(ReadModels readModels, EventCodec codec) {
        readModels.retire(RETIRED);
        this.timeline = new EntryDocuments(readModels.writing(GROUP, COLLECTION));
        this.json = codec.mapper();
    }

    @EventHandler
    void on(DomainEvent event, DomainEventMessage<?> message) {
        Map<String, Object> details = json.convertValue(event, FIELDS);
        if (!(details.get("cadreId") instanceof String cadreId)) {
            return;
        }
        timeline.put(cadreId, message.getIdentifier(), new Document("type", EventCodec.typeOf(event.getClass()))
                .append("effectiveDate", event.effectiveDate().toString())
                .append("recordedAt", message.getTimestamp().toString())
                .append("office", message.getMetaData().get(EnvelopeMessages.OFFICE))
                .append("actor", message.getMetaData().get(EnvelopeMessages.ACTOR))
                .append("recordType", message.getType())
                .append("recordId", message.getAggregateIdentifier())
                .append("details", new Document(details)));
    }

    @ResetHandler
    void reset() {
        timeline.collection().deleteMany(new Document()); // keeps the indexes
    }
}
