package vn.cadres.platform.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.platform.domain.NotFoundException;
import vn.cadres.platform.eventstore.EventCodec;
import vn.cadres.platform.eventstore.EventLog;

/**
 * A record's own events, read from this service's store rather than a read model: what a command
 * about the record decides with right after another, and what an auditor sees.
 */
public class RecordHistory {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final EventLog log;
    private final EventCodec codec;

    public RecordHistory(EventLog log, EventCodec codec) {
        this.log = log;
        this.codec = codec;
    }

    /**
     * @param type what kind of record, in the domain's words, named in the 404
     * @throws NotFoundException (404) when no record has this id
     */
    public List<EventEnvelope> of(String type, String recordId) {
        List<EventEnvelope> events = log.readAggregate(recordId, 0);
        if (events.isEmpty()) {
            throw new NotFoundException(type, recordId);
        }
        return events;
    }

    /**
     * The record's events as it stood {@code when}: on an effective date, as the records said at a
     * recorded time, or both.
     *
     * @throws NotFoundException (404) when the record did not exist then
     */
    public List<EventEnvelope> of(String type, String recordId, AsOf when) {
        List<EventEnvelope> events = of(type, recordId).stream().filter(when::includes).toList();
        if (events.isEmpty() || events.getFirst().sequence() != 0) {
            throw new NotFoundException(type, recordId);
        }
        return events;
    }

    /** The payloads of {@code events}, as the service's event classes. */
    public List<Object> payloads(List<EventEnvelope> events) {
        return events.stream().map(event -> codec.fromJson(event.type(), event.payload())).toList();
    }

    /** {@code events} as a timeline, in the order recorded. */
    public List<TimelineEntry> timeline(List<EventEnvelope> events) {
        return events.stream().map(event -> new TimelineEntry(event.type(), event.effectiveDate(), event.recordedAt(),
                event.office(), event.actor(), fields(event.payload()))).toList();
    }

    private Map<String, Object> fields(String payload) {
        try {
            return codec.mapper().readValue(payload, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored payload is not JSON", e);
        }
    }
}
