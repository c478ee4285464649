package vn.cadres.platform.eventstore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import vn.cadres.contracts.EventEnvelope;

/**
 * The MongoDB shape of a commit: the events one command appended to one record, stored as one
 * document so that they are written all or nothing without transactions.
 * <pre>
 * { _id: "aggregateId/firstSeq", gi: firstGlobalIndex, aggregateType, aggregateId, firstSeq, lastSeq,
 *   recordedAt, events: [ { eventId, type, revision, seq, office, actor, correlationId, causationId,
 *                            effectiveDate, recordedAt, payload, previousHash, hash } ] }
 * </pre>
 * The {@code _id} makes a second writer of the same sequence fail with a duplicate key;
 * {@code gi} is unique and is how the global stream is read.
 */
final class CommitDocuments {

    static final String GLOBAL_INDEX = "gi";
    static final String LAST_SEQ = "lastSeq";
    static final String FIRST_SEQ = "firstSeq";
    static final String EVENTS = "events";

    private CommitDocuments() {
    }

    static String id(String aggregateId, long firstSequence) {
        return aggregateId + "/" + firstSequence;
    }

    static Document toDocument(List<EventEnvelope> commit) {
        EventEnvelope first = commit.getFirst();
        EventEnvelope last = commit.getLast();
        List<Document> events = new ArrayList<>(commit.size());
        for (EventEnvelope e : commit) {
            events.add(new Document("eventId", e.eventId())
                    .append("type", e.type())
                    .append("revision", e.revision())
                    .append("seq", e.sequence())
                    .append("office", e.office())
                    .append("actor", e.actor())
                    .append("correlationId", e.correlationId())
                    .append("causationId", e.causationId())
                    .append("effectiveDate", e.effectiveDate() == null ? null : e.effectiveDate().toString())
                    .append("recordedAt", e.recordedAt().toString())
                    .append("payload", e.payload())
                    .append("previousHash", e.previousHash())
                    .append("hash", e.hash()));
        }
        return new Document("_id", id(first.aggregateId(), first.sequence()))
                .append(GLOBAL_INDEX, first.globalIndex())
                .append("aggregateType", first.aggregateType())
                .append("aggregateId", first.aggregateId())
                .append(FIRST_SEQ, first.sequence())
                .append(LAST_SEQ, last.sequence())
                .append("recordedAt", Date.from(first.recordedAt()))
                .append(EVENTS, events);
    }

    static List<EventEnvelope> fromDocument(Document commit) {
        long globalIndex = commit.getLong(GLOBAL_INDEX);
        String aggregateType = commit.getString("aggregateType");
        String aggregateId = commit.getString("aggregateId");
        List<Document> events = commit.getList(EVENTS, Document.class);
        List<EventEnvelope> envelopes = new ArrayList<>(events.size());
        for (Document e : events) {
            String effectiveDate = e.getString("effectiveDate");
            envelopes.add(new EventEnvelope(globalIndex++, e.getString("eventId"), e.getString("type"),
                    e.getInteger("revision"), aggregateType, aggregateId, e.getLong("seq"), e.getString("office"),
                    e.getString("actor"), e.getString("correlationId"), e.getString("causationId"),
                    effectiveDate == null ? null : LocalDate.parse(effectiveDate),
                    Instant.parse(e.getString("recordedAt")), e.getString("payload"),
                    e.getString("previousHash"), e.getString("hash")));
        }
        return envelopes;
    }
}
