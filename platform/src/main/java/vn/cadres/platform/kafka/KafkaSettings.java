package vn.cadres.platform.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the Kafka cluster is ({@code KAFKA_BOOTSTRAP_SERVERS}), shared by publication and consumption.
 *
 * @param bootstrapServers host:port list
 */
@ConfigurationProperties("cadres.kafka")
public record KafkaSettings(String bootstrapServers) {
}
