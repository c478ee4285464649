package vn.cadres.platform.consuming;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import vn.cadres.platform.eventstore.EnvelopeMessages;
import vn.cadres.platform.eventstore.EventCodec;
import vn.cadres.platform.eventstore.EventStoreAutoConfiguration;
import vn.cadres.platform.kafka.EnvelopeJson;
import vn.cadres.platform.kafka.KafkaSettings;
import vn.cadres.platform.projections.DeadLetters;
import vn.cadres.platform.projections.ReadModels;

/** Axon event processors fed from other services' topics; see {@link ConsumingProperties}. */
@AutoConfiguration(after = EventStoreAutoConfiguration.class, before = AxonAutoConfiguration.class)
@EnableConfigurationProperties(ConsumingProperties.class)
public class ConsumingAutoConfiguration {

    @Bean
    public EnvelopeKafkaMessageConverter envelopeKafkaMessageConverter(EnvelopeJson json, EnvelopeMessages messages) {
        return new EnvelopeKafkaMessageConverter(json, messages);
    }

    @Bean
    public KafkaProcessors kafkaProcessors(ConsumingProperties properties, KafkaSettings kafka,
                                           EnvelopeKafkaMessageConverter converter, Serializer serializer) {
        return new KafkaProcessors(properties, kafka, converter, serializer);
    }

    @Bean
    public ReadModels readModels(MongoDatabase database, ConsumingProperties properties) {
        return new ReadModels(database, properties::processorOf);
    }

    @Bean
    public DeadLetters deadLetters(MongoDatabase database, EventCodec codec, ConsumingProperties properties) {
        return new DeadLetters(database, codec.mapper(), properties.deadLetterAfter());
    }

    @Bean
    public Replays replays(EventProcessingConfiguration processing, ReadModels readModels, MeterRegistry meters) {
        return new Replays(processing, readModels, meters, Duration.ofSeconds(1), Duration.ofSeconds(5));
    }

    @Bean
    public ProcessorsEndpoint processorsEndpoint(EventProcessingConfiguration processing, Replays replays,
                                                 DeadLetters deadLetters) {
        return new ProcessorsEndpoint(processing, replays, deadLetters);
    }

    @Bean
    public ConfigurerModule kafkaProcessorsModule(KafkaProcessors processors) {
        return configurer -> configurer.eventProcessing(processors::registerWith);
    }
}
