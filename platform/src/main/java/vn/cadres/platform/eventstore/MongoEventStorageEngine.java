package vn.cadres.platform.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import vn.cadres.contracts.EventEnvelope;

/**
 * Axon's view of the {@link EventLog}: appends the events of a unit of work as commits, reads a
 * record's history for event sourcing, streams the whole store to tracking processors, and keeps
 * one snapshot per record (a cache that may be replaced, unlike events).
 */
public class MongoEventStorageEngine implements EventStorageEngine {

    private static final String SNAPSHOTS = "snapshots";

    private final EventLog log;
    private final EnvelopeMessages messages;
    private final Serializer snapshotSerializer;
    private final MongoCollection<Document> snapshots;
    private final int batchSize;

    public MongoEventStorageEngine(EventLog log, EnvelopeMessages messages, Serializer snapshotSerializer,
                                   MongoDatabase database, int batchSize) {
        this.log = log;
        this.messages = messages;
        this.snapshotSerializer = snapshotSerializer;
        this.snapshots = database.getCollection(SNAPSHOTS);
        this.batchSize = batchSize;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        List<List<EventEnvelope>> commits = new ArrayList<>();
        List<EventEnvelope> commit = new ArrayList<>();
        for (EventMessage<?> event : events) {
            EventEnvelope envelope = messages.toEnvelope(event);
            boolean sameRecord = !commit.isEmpty() && commit.getLast().aggregateId().equals(envelope.aggregateId())
                    && commit.getLast().sequence() + 1 == envelope.sequence();
            if (!commit.isEmpty() && !sameRecord) {
                commits.add(commit);
                commit = new ArrayList<>();
            }
            commit.add(envelope);
        }
        if (!commit.isEmpty()) {
            commits.add(commit);
        }
        try {
            log.append(commits);
        } catch (SequenceAlreadyTaken e) {
            throw new ConcurrencyException(e.getMessage(), e);
        }
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        List<EventEnvelope> history = log.readAggregate(aggregateIdentifier, firstSequenceNumber);
        Long last = history.isEmpty() ? null : history.getLast().sequence();
        return DomainEventStream.of(history.stream().map(messages::toMessage), () -> last);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        GapAwareTrackingToken start = (GapAwareTrackingToken) trackingToken;
        return StreamSupport.stream(new BatchSpliterator(start), false).map(this::tracked);
    }

    private TrackedEventMessage<?> tracked(TrackedEnvelope tracked) {
        return new GenericTrackedDomainEventMessage<>(tracked.token(), messages.toMessage(tracked.event()));
    }

    /** Reads the store batch after batch while batches come back full. */
    private final class BatchSpliterator extends Spliterators.AbstractSpliterator<TrackedEnvelope> {
        private GapAwareTrackingToken position;
        private List<TrackedEnvelope> batch = List.of();
        private int next;
        private boolean lastBatch;

        BatchSpliterator(GapAwareTrackingToken start) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.position = start;
        }

        @Override
        public boolean tryAdvance(Consumer<? super TrackedEnvelope> action) {
            if (next == batch.size()) {
                if (lastBatch) {
                    return false;
                }
                batch = log.readFrom(position, batchSize);
                next = 0;
                lastBatch = batch.size() < batchSize;
                if (batch.isEmpty()) {
                    return false;
                }
            }
            TrackedEnvelope event = batch.get(next++);
            position = event.token();
            action.accept(event);
            return true;
        }
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        SerializedObject<String> state = snapshotSerializer.serialize(snapshot.getPayload(), String.class);
        Document document = new Document("_id", snapshot.getAggregateIdentifier())
                .append("aggregateType", snapshot.getType())
                .append("seq", snapshot.getSequenceNumber())
                .append("stateType", state.getType().getName())
                .append("stateRevision", state.getType().getRevision())
                .append("state", state.getData())
                .append("eventId", snapshot.getIdentifier())
                .append("recordedAt", snapshot.getTimestamp().toString());
        try {
            snapshots.replaceOne(Filters.and(eq("_id", snapshot.getAggregateIdentifier()),
                    lt("seq", snapshot.getSequenceNumber())), document, new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // a newer snapshot is already there
        }
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        Document document = snapshots.find(eq("_id", aggregateIdentifier)).first();
        if (document == null) {
            return Optional.empty();
        }
        Object state = snapshotSerializer.deserialize(new SimpleSerializedObject<>(document.getString("state"),
                String.class, document.getString("stateType"), document.getString("stateRevision")));
        return Optional.of(new GenericDomainEventMessage<>(document.getString("aggregateType"), aggregateIdentifier,
                document.getLong("seq"), state, Map.of(), document.getString("eventId"),
                Instant.parse(document.getString("recordedAt"))));
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        List<EventEnvelope> history = log.readAggregate(aggregateIdentifier, 0);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.getLast().sequence());
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        return GapAwareTrackingToken.newInstance(log.headIndex(), Set.of());
    }
}
