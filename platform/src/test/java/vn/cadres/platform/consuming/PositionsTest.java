package vn.cadres.platform.consuming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.junit.jupiter.api.Test;

/** A rebuild from a topic has caught up only when every partition is back where it stood. */
class PositionsTest {

    private static final Map<TopicPartition, Long> STOOD = Map.of(new TopicPartition("cadre.events", 0), 7_000L,
            new TopicPartition("cadre.events", 1), 9_000L);

    @Test
    void a_replay_is_not_over_while_one_partition_lags_though_others_are_ahead() {
        Map<String, Long> reached = Positions.of(List.of(status(KafkaTrackingToken.newInstance(STOOD))));
        KafkaTrackingToken now = KafkaTrackingToken.newInstance(Map.of(new TopicPartition("cadre.events", 0), 12_000L,
                new TopicPartition("cadre.events", 1), 5_000L));
        TrackingToken replaying = ReplayToken.createReplayToken(KafkaTrackingToken.newInstance(STOOD), now);

        Map<String, Long> current = Positions.of(List.of(status(replaying)));

        assertThat(Positions.sum(current)).isGreaterThan(Positions.sum(reached));
        assertThat(Positions.reached(current, reached)).isFalse();
        assertThat(Positions.reached(Positions.of(List.of(status(KafkaTrackingToken.newInstance(STOOD)))), reached))
                .isTrue();
    }

    @Test
    void a_replay_that_has_not_read_anything_yet_stands_nowhere() {
        TrackingToken justReset = ReplayToken.createReplayToken(KafkaTrackingToken.newInstance(STOOD));

        assertThat(Positions.of(List.of(status(justReset)))).isEmpty();
    }

    private static EventTrackerStatus status(TrackingToken token) {
        return new TrackerStatus(Segment.ROOT_SEGMENT, token);
    }
}
