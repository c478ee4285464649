package vn.cadres.platform.consuming;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.axonframework.config.EventProcessingConfiguration;
import vn.cadres.platform.eventstore.EnvelopeMessages;
import vn.cadres.platform.eventstore.EventStoreAutoConfiguration;
import vn.cadres.platform.kafka.EnvelopeJson;
import vn.cadres.platform.kafka.KafkaSettings;

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
    public ProcessorsEndpoint processorsEndpoint(EventProcessingConfiguration processing) {
        return new ProcessorsEndpoint(processing);
    }

    @Bean
    public ConfigurerModule kafkaProcessorsModule(KafkaProcessors processors) {
        return configurer -> configurer.eventProcessing(processors::registerWith);
    }
}
