package vn.cadres.platform.consuming;

import java.time.Duration;
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
 * @param fetchWait  how long the broker may hold a fetch to gather more events: zero hands each new
 *                   event over at once; under a steady flow a few milliseconds turn many batches
 *                   of one event into fewer, larger ones, each paying once for its reads, its writes
 *                   and its token
 */
@ConfigurationProperties("cadres.consuming")
public record ConsumingProperties(
        @DefaultValue Map<String, List<String>> processors,
        @DefaultValue("200") int batchSize,
        @DefaultValue("0ms") Duration fetchWait) {
}
