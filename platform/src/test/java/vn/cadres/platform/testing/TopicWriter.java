package vn.cadres.platform.testing;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.cadres.contracts.DomainEvent;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.PublishedEvents;
import vn.cadres.platform.eventstore.EventCodec;
import vn.cadres.platform.eventstore.HashChain;
import vn.cadres.platform.kafka.EnvelopeJson;

/**
 * Writes events on another service's topic of the shared test broker, enveloped and hashed as that
 * service's store would, so this service's consumers can be tested without running the other one.
 */
public final class TopicWriter {

    private static final EventCodec CODEC = new EventCodec(PublishedEvents.ALL);
    private static final EnvelopeJson JSON = new EnvelopeJson(CODEC.mapper());

    private TopicWriter() {
    }

    /** The envelope of {@code event} as the first event of record {@code aggregateId}, written by its office. */
    public static EventEnvelope firstEventOf(String aggregateType, String aggregateId, DomainEvent event) {
        return eventOf(aggregateType, aggregateId, 0, null, event);
    }

    /** The envelope of {@code event} as the event after {@code previous} of the same record, chained to it. */
    public static EventEnvelope nextEventOf(EventEnvelope previous, DomainEvent event) {
        return eventOf(previous.aggregateType(), previous.aggregateId(), previous.sequence() + 1, previous.hash(),
                event);
    }

    private static EventEnvelope eventOf(String aggregateType, String aggregateId, long sequence, String previousHash,
                                         DomainEvent event) {
        String office = event.province().value();
        EventEnvelope envelope = new EventEnvelope(0, UUID.randomUUID().toString(), EventCodec.typeOf(event.getClass()),
                EventCodec.revisionOf(event.getClass()), aggregateType, aggregateId, sequence, office,
                "office-" + office, UUID.randomUUID().toString(), UUID.randomUUID().toString(), event.effectiveDate(),
                Instant.now(), CODEC.toJson(event), null, null);
        return envelope.chainedTo(previousHash, HashChain.hashOf(envelope, previousHash));
    }

    /** Publishes keyed by the record id, as the other service would, and returns the partition it went to. */
    public static int publish(String topic, EventEnvelope envelope) {
        return send(new ProducerRecord<>(topic, envelope.aggregateId(), JSON.write(envelope)));
    }

    /** Publishes on {@code partition}: a consumer reads it only after what was published there before. */
    public static void publish(String topic, EventEnvelope envelope, int partition) {
        send(new ProducerRecord<>(topic, partition, envelope.aggregateId(), JSON.write(envelope)));
    }

    private static int send(ProducerRecord<String, byte[]> record) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            return producer.send(record).get().partition();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish on " + record.topic(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
