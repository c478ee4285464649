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
 * @param groups     processor name to the processing groups (read models) it runs, when they are not
 *                   its namesake: groups of one processor share its reading of the topics (each event
 *                   read and decoded once for all of them), its batches and its token, so they are
 *                   rebuilt together; a group listed nowhere runs in the processor of its own name
 * @param batchSize  events handled per unit of work
 * @param fetchWait  how long the broker may hold a fetch to gather more events: zero hands each new
 *                   event over at once; under a steady flow a few milliseconds turn many batches
 *                   of one event into fewer, larger ones, each paying once for its reads, its writes
 *                   and its token
 * @param deadLetterAfter how many times in a row an event must fail on its own, the database
 *                   answering, before it is set aside as a poison event (see {@code DeadLetters})
 */
@ConfigurationProperties("cadres.consuming")
public record ConsumingProperties(
        @DefaultValue Map<String, List<String>> processors,
        @DefaultValue Map<String, List<String>> groups,
        @DefaultValue("200") int batchSize,
        @DefaultValue("0ms") Duration fetchWait,
        @DefaultValue("3") int deadLetterAfter) {

    /** The processor that runs processing group {@code group}. */
    public String processorOf(String group) {
        return groups.entrySet().stream().filter(processor -> processor.getValue().contains(group))
                .map(Map.Entry::getKey).findFirst().orElse(group);
    }
}
