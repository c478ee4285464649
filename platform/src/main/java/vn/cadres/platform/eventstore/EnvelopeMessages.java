package vn.cadres.platform.eventstore;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import vn.cadres.contracts.DomainEvent;
import vn.cadres.contracts.EventEnvelope;

/**
 * Converts between Axon's event messages and the stored / published {@link EventEnvelope}. The
 * envelope's own fields travel in the message's metadata under the keys below, so handlers can read
 * the office, the effective date or the position of any event they receive.
 */
public final class EnvelopeMessages {

    public static final String OFFICE = "office";
    public static final String ACTOR = "actor";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String EFFECTIVE_DATE = "effectiveDate";
    public static final String GLOBAL_INDEX = "globalIndex";
    public static final String HASH = "hash";
    /** Dates without a business date of their own take the day they were recorded, in Vietnam. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final EventCodec codec;

    public EnvelopeMessages(EventCodec codec) {
        this.codec = codec;
    }

    /** The envelope of a new event, before the store gives it a position and a hash. */
    public EventEnvelope toEnvelope(EventMessage<?> message) {
        Object payload = message.getPayload();
        MetaData meta = message.getMetaData();
        String aggregateType = null;
        String aggregateId = message.getIdentifier();
        long sequence = 0;
        if (message instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
            aggregateType = domain.getType();
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
        }
        LocalDate effectiveDate = payload instanceof DomainEvent fact && fact.effectiveDate() != null
                ? fact.effectiveDate()
                : LocalDate.ofInstant(message.getTimestamp(), VIETNAM);
        return new EventEnvelope(-1, message.getIdentifier(), EventCodec.typeOf(payload.getClass()),
                EventCodec.revisionOf(payload.getClass()), aggregateType, aggregateId, sequence,
                text(meta.get(OFFICE)), text(meta.get(ACTOR)), text(meta.get(CORRELATION_ID)),
                text(meta.get(CAUSATION_ID)), effectiveDate, message.getTimestamp(), codec.toJson(payload),
                null, null);
    }

    /** The Axon message of a stored or received envelope, with the payload as this service reads it. */
    public DomainEventMessage<?> toMessage(EventEnvelope envelope) {
        return toMessage(envelope, null);
    }

    /**
     * The Axon message of an envelope whose payload has been read already as {@code event}, or is
     * read now when {@code event} is null.
     */
    public DomainEventMessage<?> toMessage(EventEnvelope envelope, Object event) {
        return new GenericDomainEventMessage<>(envelope.aggregateType(), envelope.aggregateId(),
                envelope.sequence(), event != null ? event : codec.fromJson(envelope.type(), envelope.payload()),
                metaDataOf(envelope), envelope.eventId(), envelope.recordedAt());
    }

    /** The class this service reads events of wire name {@code type} as, if it has one. */
    public Optional<Class<?>> eventClassOf(String type) {
        return codec.classOf(type);
    }

    /** True when this service has a class for the envelope's wire name. */
    public boolean understands(EventEnvelope envelope) {
        return codec.classOf(envelope.type()).isPresent();
    }

    private static Map<String, Object> metaDataOf(EventEnvelope envelope) {
        Map<String, Object> meta = new HashMap<>();
        putIfPresent(meta, OFFICE, envelope.office());
        putIfPresent(meta, ACTOR, envelope.actor());
        putIfPresent(meta, CORRELATION_ID, envelope.correlationId());
        putIfPresent(meta, CAUSATION_ID, envelope.causationId());
        putIfPresent(meta, EFFECTIVE_DATE, envelope.effectiveDate() == null ? null : envelope.effectiveDate().toString());
        putIfPresent(meta, HASH, envelope.hash());
        meta.put(GLOBAL_INDEX, envelope.globalIndex());
        return meta;
    }

    private static void putIfPresent(Map<String, Object> meta, String key, String value) {
        if (value != null) {
            meta.put(key, value);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
