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

/** What a processor fed from several topics is handed: every record, in the order the fetcher read them. */
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
    void records_leave_in_the_order_the_fetcher_read_them_so_each_token_counts_only_records_already_handed_over()
            throws Exception {
        RecordBuffer buffer = new RecordBuffer();
        TopicPartition cadres = new TopicPartition("cadre.events", 0);
        TopicPartition rotations = new TopicPartition("rotation.events", 1);
        KafkaEventMessage readFirst = record(Map.of(cadres, 100L), 0, 100, NOW + 5, "registered");
        KafkaEventMessage readSecond = record(Map.of(cadres, 100L, rotations, 50L), 1, 50, NOW, "proposed");

        buffer.putAll(List.of(readFirst, readSecond));

        // oldest first would hand over "proposed" with a token saying cadre.events-0 is done up to
        // offset 100, while "registered" (offset 100) still waits: stored, and after a restart, lost
        assertThat(drain(buffer)).containsExactly(readFirst, readSecond);
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
        return record(Map.of(new TopicPartition(topic, partition), offset), partition, offset, timestamp, payload);
    }

    private static KafkaEventMessage record(Map<TopicPartition, Long> readSoFar, int partition, long offset,
                                            long timestamp, String payload) {
        KafkaTrackingToken token = KafkaTrackingToken.newInstance(readSoFar);
        return new KafkaEventMessage(new GenericTrackedEventMessage<>(token, GenericEventMessage.asEventMessage(payload)),
                partition, offset, timestamp);
    }
}
