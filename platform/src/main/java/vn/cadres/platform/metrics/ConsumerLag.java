package vn.cadres.platform.metrics;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;

/**
 * Records on a processor's topics that it has not handled yet: the end offsets of the topics less
 * the positions in its token.
 */
public class ConsumerLag {

    private final Admin admin;
    private final Collection<String> topics;

    public ConsumerLag(Admin admin, Collection<String> topics) {
        this.admin = admin;
        this.topics = topics;
    }

    public double of(StreamingEventProcessor processor) {
        try {
            Map<TopicPartition, Long> ends = endOffsets();
            Map<TopicPartition, Long> handled = positions(processor);
            return ends.entrySet().stream()
                    .mapToLong(end -> end.getValue() - handled.getOrDefault(end.getKey(), -1L) - 1)
                    .filter(lag -> lag > 0).sum();
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    private Map<TopicPartition, Long> endOffsets() throws Exception {
        Collection<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get(5, TimeUnit.SECONDS)
                .values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
        ListOffsetsResult offsets = admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())));
        return offsets.all().get(5, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private static Map<TopicPartition, Long> positions(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getTrackingToken)
                .filter(KafkaTrackingToken.class::isInstance)
                .map(TrackingToken.class::cast)
                .flatMap(t -> ((KafkaTrackingToken) t).getPositions().entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Math::max));
    }
}
