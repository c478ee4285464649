package vn.cadres.platform.consuming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.junit.jupiter.api.Test;

/** What a processor fed from several topics is handed: every record, each once, in timestamp order. */
class RecordBufferTest {

    private static final long NOW = 1_796_201_219_029L;

    @Test
    void records_of_different_topics_at_the_same_timestamp_partition_and_offset_are_all_handed_over() throws Exception {
        RecordBuffer buffer = new RecordBuffer();
        KafkaEventMessage registered = record("cadre.events", 2, 71, NOW, "CadreRegistered");
        KafkaEventMessage proposed = record("rotation.events", 2, 71, NOW, "RotationProposed");
        KafkaEventMessage recorded = record("evaluation.events", 2, 71, NOW, "EvaluationRecorded");

        buffer.putAll(List.of(registered, proposed, recorded));

        assertThat(drain(buffer)).extracting(r -> (String) r.value().getPayload())
                .containsExactlyInAnyOrder("CadreRegistered", "RotationProposed", "EvaluationRecorded");
    }

    @Test
    void a_record_the_fetcher_hands_over_twice_comes_out_once() throws Exception {
        RecordBuffer buffer = new RecordBuffer();
        KafkaEventMessage registered = record("cadre.events", 0, 5, NOW, "CadreRegistered");

        buffer.put(registered);
        buffer.put(registered);

        assertThat(drain(buffer)).containsExactly(registered);
    }

    @Test
    void records_come_out_oldest_first_and_each_partition_in_offset_order() throws Exception {
        RecordBuffer buffer = new RecordBuffer();
        KafkaEventMessage later = record("cadre.events", 0, 8, NOW + 5, "later");
        KafkaEventMessage first = record("rotation.events", 1, 40, NOW, "first");
        KafkaEventMessage second = record("rotation.events", 1, 41, NOW, "second");

        buffer.putAll(List.of(later, second, first));

        assertThat(drain(buffer)).containsExactly(first, second, later);
    }

    @Test
    void a_full_buffer_holds_the_fetcher_back_until_the_stream_takes_a_record() throws Exception {
        RecordBuffer buffer = new RecordBuffer(2);
        buffer.putAll(List.of(record("cadre.events", 0, 1, NOW, "a"), record("cadre.events", 0, 2, NOW, "b")));

        CompletableFuture<Void> third = CompletableFuture.runAsync(() -> {
            try {
                buffer.put(record("cadre.events", 0, 3, NOW, "c"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertThat(third).failsWithin(200, TimeUnit.MILLISECONDS);
        assertThat(buffer.take().value().getPayload()).isEqualTo("a");
        third.get(5, TimeUnit.SECONDS);
        assertThat(buffer.size()).isEqualTo(2);
    }

    @Test
    void a_failed_fetch_reaches_the_stream_once_the_buffer_is_empty() throws Exception {
        RecordBuffer buffer = new RecordBuffer();
        buffer.put(record("cadre.events", 0, 1, NOW, "a"));
        buffer.setException(new IllegalStateException("broker gone"));

        assertThat(buffer.poll(0, TimeUnit.MILLISECONDS)).isNotNull();
        assertThatThrownBy(() -> buffer.poll(10, TimeUnit.MILLISECONDS)).hasMessage("broker gone");
    }

    private static List<KafkaEventMessage> drain(RecordBuffer buffer) throws InterruptedException {
        List<KafkaEventMessage> out = new ArrayList<>();
        for (KafkaEventMessage next; (next = buffer.poll(0, TimeUnit.MILLISECONDS)) != null; ) {
            out.add(next);
        }
        return out;
    }

    private static KafkaEventMessage record(String topic, int partition, long offset, long timestamp, String payload) {
        KafkaTrackingToken token = KafkaTrackingToken.newInstance(Map.of(new TopicPartition(topic, partition), offset));
        return new KafkaEventMessage(new GenericTrackedEventMessage<>(token, GenericEventMessage.asEventMessage(payload)),
                partition, offset, timestamp);
    }
}
