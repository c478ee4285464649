package vn.cadres.platform.consuming;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.kafka.eventhandling.consumer.AsyncFetcher;
import org.axonframework.extensions.kafka.eventhandling.consumer.DefaultConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.DisposableBean;
import vn.cadres.platform.kafka.KafkaSettings;

/**
 * Registers one tracking event processor per configured name, reading its topics from the first
 * offset on its first start. Its position (offsets per partition) is a token in this service's
 * MongoDB, so resetting the token replays the topics from the start.
 */
public class KafkaProcessors implements DisposableBean {

    /** Enough for a whole poll of events: a fetch waits for this much or for the fetch wait. */
    private static final int GATHERED_BYTES = 1 << 20;

    private final ConsumingProperties properties;
    private final KafkaSettings kafka;
    private final EnvelopeKafkaMessageConverter converter;
    private final Serializer serializer;
    private final List<AsyncFetcher<String, byte[], KafkaEventMessage>> fetchers = new ArrayList<>();

    public KafkaProcessors(ConsumingProperties properties, KafkaSettings kafka, EnvelopeKafkaMessageConverter converter,
                           Serializer serializer) {
        this.properties = properties;
        this.kafka = kafka;
        this.converter = converter;
        this.serializer = serializer;
    }

    /**
     * Registers the processors, and the processing groups each runs besides its namesake. Their
     * tokens are saved only after a batch is handled (MongoDB has no transaction that could hold
     * both), and a handler that fails makes the batch roll back and be retried rather than skipped,
     * so a read model never silently misses an event.
     */
    public void registerWith(EventProcessingConfigurer processing) {
        properties.processors().forEach((name, topics) -> {
            processing.registerEventProcessor(name, (processorName, configuration, handlers) ->
                    TrackingEventProcessor.builder()
                            .name(processorName)
                            .eventHandlerInvoker(handlers)
                            .messageSource(source(topics))
                            .tokenStore(configuration.getComponent(TokenStore.class))
                            .transactionManager(NoTransactionManager.INSTANCE)
                            .storingTokensAfterProcessing()
                            .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration
                                    .forSingleThreadedProcessing()
                                    .andBatchSize(properties.batchSize())
                                    .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                            .build());
            processing.registerListenerInvocationErrorHandler(name, configuration -> PropagatingErrorHandler.instance());
        });
        properties.groups().forEach((processor, groups) ->
                groups.forEach(group -> processing.assignProcessingGroup(group, processor)));
    }

    private StreamableKafkaMessageSource<String, byte[]> source(List<String> topics) {
        AsyncFetcher<String, byte[], KafkaEventMessage> fetcher =
                AsyncFetcher.<String, byte[], KafkaEventMessage>builder().pollTimeout(200).build();
        fetchers.add(fetcher);
        return StreamableKafkaMessageSource.<String, byte[]>builder()
                .topics(topics)
                .consumerFactory(new DefaultConsumerFactory<>(consumerConfiguration()))
                .fetcher(fetcher)
                .bufferFactory(RecordBuffer::new)
                .messageConverter(converter)
                .serializer(serializer)
                .build();
    }

    private Map<String, Object> consumerConfiguration() {
        Map<String, Object> configuration = new HashMap<>();
        configuration.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        configuration.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        configuration.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        configuration.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        configuration.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        configuration.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        if (properties.fetchWait().isPositive()) {
            configuration.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, GATHERED_BYTES);
            configuration.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) properties.fetchWait().toMillis());
        }
        return configuration;
    }

    @Override
    public void destroy() {
        fetchers.forEach(AsyncFetcher::shutdown);
    }
}
