package vn.cadres.contracts;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored event as it is kept in a service's event store and published to its topic: the
 * payload in JSON under its wire name, with everything an auditor needs to place the fact.
 *
 * @param globalIndex   position in the service's whole store (gap-aware: some numbers are never used)
 * @param eventId       unique id of the event
 * @param type          wire name, see {@link EventType}
 * @param revision      schema revision of the payload
 * @param aggregateType the kind of record (Cadre, Rotation, Evaluation ...)
 * @param aggregateId   the record the event belongs to; the Kafka key
 * @param sequence      position within the record's own history, from 0
 * @param office        province code of the office that caused the event
 * @param actor         who acted (the token's subject)
 * @param correlationId id shared by everything one request caused
 * @param causationId   id of the message (command or event) that caused this event
 * @param effectiveDate business date on which the fact takes effect
 * @param recordedAt    when the event was recorded
 * @param payload       the event itself, JSON
 * @param previousHash  hash of the previous event of the same record, null for its first event
 * @param hash          SHA-256 over this envelope and {@code previousHash}: the records' chain of custody
 */
public record EventEnvelope(
        long globalIndex,
        String eventId,
        String type,
        int revision,
        String aggregateType,
        String aggregateId,
        long sequence,
        String office,
        String actor,
        String correlationId,
        String causationId,
        LocalDate effectiveDate,
        Instant recordedAt,
        @JsonRawValue String payload,
        String previousHash,
        String hash) {

    /** The versioned wire name, for example {@code cadre.CadreRegistered.v1}. */
    public String wireName() {
        return type + ".v" + revision;
    }

    public EventEnvelope withGlobalIndex(long index) {
        return new EventEnvelope(index, eventId, type, revision, aggregateType, aggregateId, sequence, office,
                actor, correlationId, causationId, effectiveDate, recordedAt, payload, previousHash, hash);
    }

    public EventEnvelope chainedTo(String previous, String ownHash) {
        return new EventEnvelope(globalIndex, eventId, type, revision, aggregateType, aggregateId, sequence, office,
                actor, correlationId, causationId, effectiveDate, recordedAt, payload, previous, ownHash);
    }
}
