package vn.cadres.platform.publishing;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.eventstore.EventStoreAutoConfiguration;
import vn.cadres.platform.kafka.EnvelopeJson;
import vn.cadres.platform.kafka.KafkaSettings;

/** Publication of the service's store to its topic, when {@code cadres.publishing.topic} is set. */
@AutoConfiguration(after = EventStoreAutoConfiguration.class)
@ConditionalOnProperty("cadres.publishing.topic")
@EnableConfigurationProperties(PublishingProperties.class)
public class PublishingAutoConfiguration {

    /** Idempotent and acknowledged by all replicas: no loss, no reordering within a record's key. */
    @Bean(destroyMethod = "close")
    public Producer<String, byte[]> eventProducer(KafkaSettings kafka) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000),
                new StringSerializer(), new ByteArraySerializer());
    }

    @Bean
    public KafkaEventPublisher kafkaEventPublisher(EventLog log, TokenStore tokens, Producer<String, byte[]> producer,
                                                   EnvelopeJson json, PublishingProperties properties,
                                                   MeterRegistry meters) {
        return new KafkaEventPublisher(log, tokens, producer, json, properties, meters);
    }
}
