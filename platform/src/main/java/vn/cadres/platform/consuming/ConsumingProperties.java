package vn.cadres.platform.consuming;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Event processors of this service fed from Kafka topics rather than from its own store.
 * Handlers join one with {@code @ProcessingGroup("name")}.
 *
 * @param processors processor name to the topics it reads, e.g. {@code cadre-view: [cadre.events]}
 * @param batchSize  events handled per unit of work
 */
@ConfigurationProperties("cadres.consuming")
public record ConsumingProperties(
        @DefaultValue Map<String, List<String>> processors,
        @DefaultValue("200") int batchSize) {
}
