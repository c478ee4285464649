package vn.cadres.platform.consuming;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;

/**
 * Where a processor stands, source by source: the offset reached in each partition of its topics, or
 * the position reached in this service's store. Axon's own replay flag and positions do not serve
 * here: Kafka tokens carry no position, and a replay of them is declared over after its first batch.
 */
final class Positions {

    /** The key of the position in this service's own store. */
    static final String STORE = "store";

    private Positions() {
    }

    /** The furthest position reached in each source, over every segment. */
    static Map<String, Long> of(Collection<EventTrackerStatus> segments) {
        Map<String, Long> positions = new TreeMap<>();
        for (EventTrackerStatus segment : segments) {
            TrackingToken token = segment.getTrackingToken();
            add(positions, token instanceof ReplayToken replay ? replay.getCurrentToken()
                    : token == null ? null : WrappedToken.unwrapLowerBound(token));
        }
        return positions;
    }

    private static void add(Map<String, Long> positions, TrackingToken token) {
        if (token instanceof KafkaTrackingToken kafka) {
            kafka.getPositions().forEach((partition, offset) -> positions.merge(partition.toString(), offset, Math::max));
        } else if (token != null && token.position().isPresent()) {
            positions.merge(STORE, token.position().getAsLong(), Math::max);
        }
    }

    /** True when every source is at least where {@code target} had it. */
    static boolean reached(Map<String, Long> current, Map<String, Long> target) {
        return target.entrySet().stream().allMatch(e -> current.getOrDefault(e.getKey(), -1L) >= e.getValue());
    }

    static long sum(Map<String, Long> positions) {
        return positions.values().stream().mapToLong(Long::longValue).sum();
    }
}
