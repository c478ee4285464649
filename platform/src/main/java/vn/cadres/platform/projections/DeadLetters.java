package vn.cadres.platform.projections;

import static com.mongodb.client.model.Filters.eq;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cadres.contracts.EventType;
import vn.cadres.platform.eventstore.DatabaseOutage;
import vn.cadres.platform.eventstore.EventCodec;

/**
 * Events a read model could not take, set aside in {@value #COLLECTION} with the error, so that one
 * event cannot stop a processor, and every read model it runs, for every province.
 *
 * <p>A batch that fails for another reason than an outage is handled again event by event (see
 * {@link ReadModelBatch}); an event that fails alone {@code attempts} times in a row, while the
 * database answers, is a poison event: it is set aside and the batch goes on. An outage (the
 * database unreachable) never sets anything aside: the processor keeps retrying until it is back.
 * Later events of a poison event's record are set aside behind it, as its read-model documents
 * would otherwise go on from a state that misses it; a replay that handles the poison event after
 * a fix takes it, and those behind it, out of this collection again.
 *
 * <p>The collection is the truth; what each processor has set aside is also kept in memory, read
 * back at start, so the events of a batch are checked without a query. One processor handles its
 * events on one thread, so the state of one processor is never changed by two threads at once.
 */
public class DeadLetters {

    static final String COLLECTION = "dead_letters";
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final int ERROR_LENGTH = 2000;

    private final MongoDatabase database;
    private final MongoCollection<Document> collection;
    private final ObjectMapper json;
    private final int attempts;
    private final Map<String, Processor> processors = new ConcurrentHashMap<>();

    /** A poison event, or one set aside behind one of its record ({@code blockedBy} names it). */
    public record DeadLetter(String processor, String eventId, String type, String recordId, Long sequence,
                             String position, String error, int attempts, String blockedBy, Instant deadLetteredAt,
                             String payload) {
    }

    /** A record whose later events wait behind its poison event. */
    private record Blocked(long sequence, String eventId) {
    }

    /** What one processor has set aside and suspects. */
    private static final class Processor {
        final Set<String> setAside = ConcurrentHashMap.newKeySet();
        final Map<String, Blocked> blockedRecords = new ConcurrentHashMap<>();
        final Set<String> suspects = ConcurrentHashMap.newKeySet();
        final Map<String, Integer> failures = new ConcurrentHashMap<>();
        final Set<String> setAsideThisBatch = ConcurrentHashMap.newKeySet();
    }

    /**
     * @param json     writes an event's payload as the administrator reads it
     * @param attempts how many times in a row an event must fail alone to be set aside
     */
    public DeadLetters(MongoDatabase database, ObjectMapper json, int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("an event is set aside after at least one failure: " + attempts);
        }
        this.database = database;
        this.collection = database.getCollection(COLLECTION);
        this.json = json;
        this.attempts = attempts;
        for (Document letter : collection.find()) {
            Processor processor = of(letter.getString("processor"));
            processor.setAside.add(letter.getString("eventId"));
            if (letter.getString("blockedBy") == null && letter.getString("recordId") != null) {
                processor.blockedRecords.put(letter.getString("recordId"),
                        new Blocked(letter.get("sequence", -1L), letter.getString("eventId")));
            }
        }
    }

    /** Every event set aside, the earliest first. */
    public List<DeadLetter> list() {
        List<DeadLetter> letters = new ArrayList<>();
        for (Document d : collection.find().sort(Sorts.orderBy(Sorts.ascending("deadLetteredAt"),
                Sorts.ascending("sequence")))) {
            letters.add(new DeadLetter(d.getString("processor"), d.getString("eventId"), d.getString("type"),
                    d.getString("recordId"), d.get("sequence", Long.class), d.getString("position"),
                    d.getString("error"), d.getInteger("attempts", 0), d.getString("blockedBy"),
                    d.getDate("deadLetteredAt").toInstant(), d.getString("payload")));
        }
        return letters;
    }

    /** How many events {@code processor} has set aside. */
    public int count(String processor) {
        return of(processor).setAside.size();
    }

    /**
     * True when a failure says the database (or the network to it) is out, not that the event is
     * bad: the batch is retried as it is, and nothing is suspected.
     */
    public static boolean outage(Throwable failure) {
        if (DatabaseOutage.in(failure) != null) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }

    /** A batch begins: whether one of its events failed a batch before, so it is handled event by event. */
    boolean suspected(String processor, List<? extends EventMessage<?>> batch) {
        Processor state = of(processor);
        state.setAsideThisBatch.clear();
        return !state.suspects.isEmpty() && batch.stream().anyMatch(e -> state.suspects.contains(e.getIdentifier()));
    }

    /** A batch failed, not for an outage: its events are handled one by one until the culprit is found. */
    void suspect(String processor, List<? extends EventMessage<?>> batch) {
        batch.forEach(event -> of(processor).suspects.add(event.getIdentifier()));
    }

    /**
     * True when an earlier event of the same record was set aside: this one waits behind it. The
     * poison event itself, met again in a replay, is tried again, and the events behind it with it;
     * if it fails again it is set aside again, with them.
     */
    boolean blocked(String processor, EventMessage<?> event) {
        Processor state = of(processor);
        if (state.blockedRecords.isEmpty() || !(event instanceof DomainEventMessage<?> domain)) {
            return false;
        }
        Blocked blocked = state.blockedRecords.get(domain.getAggregateIdentifier());
        if (blocked != null && blocked.eventId().equals(event.getIdentifier())) {
            state.blockedRecords.remove(domain.getAggregateIdentifier());
            return false;
        }
        return blocked != null && domain.getSequenceNumber() > blocked.sequence();
    }

    /** Sets aside an event behind its record's poison event. */
    void setAsideBehind(String processor, EventMessage<?> event) {
        String poison = of(processor).blockedRecords.get(((DomainEventMessage<?>) event).getAggregateIdentifier())
                .eventId();
        store(processor, event, "waits behind " + poison, 0, poison);
    }

    /**
     * The event failed handled alone: true when it is time to set it aside, because it has failed so
     * {@code attempts} times (once, when it was set aside before and a replay meets it again) and
     * the database answers, so the failure is the event's.
     */
    boolean failedAlone(String processor, EventMessage<?> event) {
        Processor state = of(processor);
        int failed = state.failures.merge(event.getIdentifier(), 1, Integer::sum);
        if (failed < attempts && !state.setAside.contains(event.getIdentifier())) {
            return false;
        }
        try {
            database.runCommand(new Document("ping", 1));
            return true;
        } catch (MongoException unreachable) {
            return false;
        }
    }

    /** Sets a poison event aside with its error; the later events of its record will wait behind it. */
    void setAside(String processor, EventMessage<?> event, Throwable failure) {
        Processor state = of(processor);
        store(processor, event, errorOf(failure), state.failures.getOrDefault(event.getIdentifier(), 1), null);
        if (event instanceof DomainEventMessage<?> domain) {
            state.blockedRecords.put(domain.getAggregateIdentifier(), new Blocked(domain.getSequenceNumber(),
                    event.getIdentifier()));
        }
        log.error("{} set event {} aside after {} failures, the rest goes on", processor, event.getIdentifier(),
                state.failures.getOrDefault(event.getIdentifier(), 1), failure);
    }

    /**
     * A batch was handled, its writes done: its events are no longer suspect, and one set aside before
     * that was handled now (a replay after a fix) is taken out of the collection, releasing its record.
     */
    void handled(String processor, List<? extends EventMessage<?>> batch) {
        Processor state = of(processor);
        if (state.suspects.isEmpty() && state.failures.isEmpty() && state.setAside.isEmpty()) {
            return; // the usual batch: nothing to clear, and no per-event work on the way
        }
        for (EventMessage<?> event : batch) {
            String id = event.getIdentifier();
            state.suspects.remove(id);
            state.failures.remove(id);
            if (state.setAside.contains(id) && !state.setAsideThisBatch.contains(id)) {
                collection.deleteOne(eq("_id", key(processor, id)));
                state.setAside.remove(id);
                state.blockedRecords.values().removeIf(blocked -> blocked.eventId().equals(id));
            }
        }
        state.setAsideThisBatch.clear();
    }

    private void store(String processor, EventMessage<?> event, String error, int failed, String blockedBy) {
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        collection.replaceOne(eq("_id", key(processor, event.getIdentifier())), new Document("_id",
                key(processor, event.getIdentifier()))
                .append("processor", processor)
                .append("eventId", event.getIdentifier())
                .append("type", typeOf(event))
                .append("recordId", domain == null ? null : domain.getAggregateIdentifier())
                .append("sequence", domain == null ? null : domain.getSequenceNumber())
                .append("position", event instanceof TrackedEventMessage<?> tracked
                        ? String.valueOf(tracked.trackingToken()) : null)
                .append("error", error)
                .append("attempts", failed)
                .append("blockedBy", blockedBy)
                .append("deadLetteredAt", Date.from(Instant.now()))
                .append("payload", payloadOf(event)), new ReplaceOptions().upsert(true));
        Processor state = of(processor);
        state.setAside.add(event.getIdentifier());
        state.setAsideThisBatch.add(event.getIdentifier());
    }

    /** The event's wire name, as the history endpoints name it. */
    private static String typeOf(EventMessage<?> event) {
        return event.getPayloadType().isAnnotationPresent(EventType.class)
                ? EventCodec.typeOf(event.getPayloadType()) : event.getPayloadType().getName();
    }

    private String payloadOf(EventMessage<?> event) {
        try {
            return json.writeValueAsString(event.getPayload());
        } catch (Exception unwritable) {
            return String.valueOf(event.getPayload());
        }
    }

    private static String errorOf(Throwable failure) {
        String error = failure.getClass().getName() + ": " + failure.getMessage();
        return error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
    }

    private static String key(String processor, String eventId) {
        return processor + "/" + eventId;
    }

    private Processor of(String processor) {
        return processors.computeIfAbsent(processor, p -> new Processor());
    }
}
