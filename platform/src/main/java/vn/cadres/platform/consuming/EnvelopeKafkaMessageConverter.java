package vn.cadres.platform.consuming;

import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cadres.platform.eventstore.EnvelopeMessages;
import vn.cadres.platform.kafka.EnvelopeJson;

/**
 * Reads the envelopes other services publish into Axon event messages with the same identity,
 * record id and sequence as in their store, so handlers can recognise what they have already seen.
 * Events of types this service has no class for are passed over.
 */
public class EnvelopeKafkaMessageConverter implements KafkaMessageConverter<String, byte[]> {

    private static final Logger LOG = LoggerFactory.getLogger(EnvelopeKafkaMessageConverter.class);

    private final EnvelopeJson json;
    private final EnvelopeMessages messages;

    public EnvelopeKafkaMessageConverter(EnvelopeJson json, EnvelopeMessages messages) {
        this.json = json;
        this.messages = messages;
    }

    @Override
    public Optional<EventMessage<?>> readKafkaMessage(ConsumerRecord<String, byte[]> record) {
        EnvelopeJson.Received received;
        try {
            received = json.read(record.value(), messages::eventClassOf);
        } catch (IllegalArgumentException e) {
            LOG.error("skipping unreadable record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return Optional.empty();
        }
        return messages.understands(received.envelope())
                ? Optional.of(messages.toMessage(received.envelope(), received.event()))
                : Optional.empty();
    }

    /** Publication does not go through Axon's Kafka publisher but through {@code KafkaEventPublisher}. */
    @Override
    public ProducerRecord<String, byte[]> createKafkaMessage(EventMessage<?> eventMessage, String topic) {
        throw new UnsupportedOperationException("events are published from the event store by KafkaEventPublisher");
    }
}
