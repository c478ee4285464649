package vn.cadres.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.lifecycle.Phase;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.platform.consuming.ConsumingAutoConfiguration;
import vn.cadres.platform.consuming.ConsumingProperties;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.kafka.KafkaSettings;
import vn.cadres.platform.projections.DeadLetters;
import vn.cadres.platform.projections.ReadModelBatch;

/**
 * Metrics at /actuator/prometheus: {@code cadres_commands} by command and outcome,
 * {@code cadres_events_appended} by type, {@code cadres_events_published} and
 * {@code cadres_publication_lag} (see the publisher), {@code cadres_consumer_lag} and
 * {@code cadres_events_processing_latency} per event processor.
 */
@AutoConfiguration(after = ConsumingAutoConfiguration.class)
public class MetricsAutoConfiguration {

    @Bean
    public ConfigurerModule commandAndEventMetrics(MeterRegistry meters, Clock clock, DeadLetters deadLetters) {
        return configurer -> {
            configurer.onInitialize(axon -> axon.onStart(Phase.LOCAL_MESSAGE_HANDLER_REGISTRATIONS,
                    () -> axon.commandBus().registerHandlerInterceptor(new CommandMetrics(meters))));
            configurer.eventProcessing().registerDefaultHandlerInterceptor(
                    (axon, processor) -> new ProcessingLatency(meters, processor, clock));
            configurer.eventProcessing().registerDefaultHandlerInterceptor((axon, processor) -> {
                Gauge.builder("cadres.dead.letters", deadLetters, letters -> letters.count(processor))
                        .tag("processor", processor).register(meters);
                return new ReadModelBatch(processor, deadLetters);
            });
        };
    }

    @Bean
    public AppendedEvents appendedEvents(EventLog log, MeterRegistry meters) {
        return new AppendedEvents(log, meters);
    }

    /** Counts stored events by wire name as they are appended. */
    public static final class AppendedEvents {
        AppendedEvents(EventLog log, MeterRegistry meters) {
            log.onAppend(stored -> {
                for (EventEnvelope event : stored) {
                    Counter.builder("cadres.events.appended").tag("type", event.wireName()).register(meters).increment();
                }
            });
        }
    }

    @Bean
    public ConsumerLagGauges consumerLagGauges(ConsumingProperties consuming, KafkaSettings kafka,
                                               MeterRegistry meters) {
        return new ConsumerLagGauges(consuming, kafka, meters);
    }

    @Bean
    public ConfigurerModule consumerLagRegistration(ConsumerLagGauges gauges) {
        return configurer -> configurer.onInitialize(axon -> axon.onStart(Phase.INSTRUCTION_COMPONENTS,
                () -> gauges.registerFor(axon.eventProcessingConfiguration())));
    }

    /** One {@code cadres.consumer.lag} gauge per Kafka-fed processor; no Kafka admin client without one. */
    public static final class ConsumerLagGauges implements DisposableBean {
        private final ConsumingProperties consuming;
        private final KafkaSettings kafka;
        private final MeterRegistry meters;
        private Admin admin;

        ConsumerLagGauges(ConsumingProperties consuming, KafkaSettings kafka, MeterRegistry meters) {
            this.consuming = consuming;
            this.kafka = kafka;
            this.meters = meters;
        }

        void registerFor(EventProcessingConfiguration processing) {
            if (consuming.processors().isEmpty()) {
                return;
            }
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
            consuming.processors().forEach((name, topics) -> register(processing, name, topics));
        }

        private void register(EventProcessingConfiguration processing, String name, List<String> topics) {
            processing.eventProcessor(name, StreamingEventProcessor.class).ifPresent(processor -> {
                ConsumerLag lag = new ConsumerLag(admin, topics);
                Gauge.builder("cadres.consumer.lag", processor, lag::of).tag("processor", name)
                        .description("records on the processor's topics not handled yet").register(meters);
            });
        }

        @Override
        public void destroy() {
            if (admin != null) {
                admin.close();
            }
        }
    }
}
