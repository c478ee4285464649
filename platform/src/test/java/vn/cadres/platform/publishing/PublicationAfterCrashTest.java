package vn.cadres.platform.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.platform.eventstore.EventCodec;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.eventstore.HashChain;
import vn.cadres.platform.kafka.EnvelopeJson;
import vn.cadres.platform.testing.KafkaBroker;
import vn.cadres.platform.testing.MongoWire;

/**
 * The publisher is killed ({@code kill -9}) while it is publishing, between storing and
 * acknowledging, and started again: every stored event reaches the topic, and a consumer that
 * drops what it has seen applies each record's events exactly once, in order.
 */
class PublicationAfterCrashTest {

    private static final int RECORDS = 200;
    private static final int EVENTS_PER_RECORD = 40;

    private final EnvelopeJson json = new EnvelopeJson(new EventCodec(List.of()).mapper());

    @Test
    void a_publisher_killed_mid_stream_publishes_everything_after_restart() throws Exception {
        KafkaBroker kafka = KafkaBroker.shared();
        String topic = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        kafka.createTopic(topic, 3);
        MongoDatabase database = MongoWire.shared().freshDatabase();
        EventLog log = new EventLog(database, 1000, 10_000);
        Set<String> stored = storeHistories(log);

        Process first = startPublisher(database, kafka, topic, 1500);
        try {
            awaitAcknowledgedBatches(first, 3);
        } finally {
            first.destroyForcibly().waitFor();
        }
        int beforeRestart = kafka.readAll(topic, 0, Duration.ofSeconds(2)).size();

        Process second = startPublisher(database, kafka, topic, 0);
        List<ConsumerRecord<String, byte[]>> all;
        try {
            all = awaitRecords(kafka, topic, stored.size(), stored);
        } finally {
            second.destroyForcibly().waitFor();
        }

        assertThat(beforeRestart).as("published before the kill").isLessThan(stored.size());
        List<EventEnvelope> received = all.stream().map(r -> json.read(r.value())).toList();
        assertThat(received.stream().map(EventEnvelope::eventId).collect(Collectors.toSet()))
                .as("every stored event was published").isEqualTo(stored);
        assertThat(all).allSatisfy(r -> assertThat(r.key()).isEqualTo(json.read(r.value()).aggregateId()));
        assertThat(assertEachRecordAppliesOnceInOrder(received))
                .as("the batch acknowledged but not saved before the kill was published again").isPositive();
        assertThat(received).allSatisfy(e -> assertThat(e.hash()).isEqualTo(HashChain.hashOf(e, e.previousHash())));
    }

    private static Set<String> storeHistories(EventLog log) {
        Set<String> ids = new HashSet<>();
        for (int sequence = 0; sequence < EVENTS_PER_RECORD; sequence++) {
            List<List<EventEnvelope>> commits = new ArrayList<>();
            for (int record = 0; record < RECORDS; record++) {
                commits.add(List.of(TestEvents.event("record-" + record, sequence)));
            }
            log.append(commits).forEach(e -> ids.add(e.eventId()));
        }
        return ids;
    }

    /** What an idempotent consumer does: skip what it has applied; anything else must be next. */
    private static int assertEachRecordAppliesOnceInOrder(List<EventEnvelope> received) {
        Map<String, Long> applied = new HashMap<>();
        int duplicates = 0;
        for (EventEnvelope event : received) {
            long last = applied.getOrDefault(event.aggregateId(), -1L);
            if (event.sequence() <= last) {
                duplicates++;
                continue;
            }
            assertThat(event.sequence()).as("next event of %s", event.aggregateId()).isEqualTo(last + 1);
            applied.put(event.aggregateId(), event.sequence());
        }
        assertThat(applied).hasSize(RECORDS).allSatisfy((id, last) -> assertThat(last).isEqualTo(EVENTS_PER_RECORD - 1));
        System.out.printf("received %d records, %d of them republished after the kill%n", received.size(), duplicates);
        return duplicates;
    }

    /** Waits until the publisher has had {@code batches} batches acknowledged by Kafka, the last one not saved. */
    private static void awaitAcknowledgedBatches(Process publisher, int batches) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(publisher.getInputStream(),
                StandardCharsets.UTF_8));
        int seen = 0;
        String line;
        while (seen < batches && (line = output.readLine()) != null) {
            if (line.equals(PublisherProcess.ACKNOWLEDGED)) {
                seen++;
            }
        }
        assertThat(seen).as("acknowledged batches before the kill").isEqualTo(batches);
    }

    private static Process startPublisher(MongoDatabase database, KafkaBroker kafka, String topic, long pauseMillis)
            throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                PublisherProcess.class.getName(), MongoWire.shared().uri(), database.getName(),
                kafka.bootstrapServers(), topic, Long.toString(pauseMillis))
                .redirectError(new File("target/publisher-process.log"))
                .redirectOutput(pauseMillis == 0 ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.PIPE)
                .start();
    }

    /** Waits for at least {@code count} records, among them every event of {@code mustContain}. */
    private List<ConsumerRecord<String, byte[]>> awaitRecords(KafkaBroker kafka, String topic, int count,
                                                             Set<String> mustContain) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        List<ConsumerRecord<String, byte[]>> records = List.of();
        while (System.nanoTime() < deadline) {
            records = kafka.readAll(topic, count, Duration.ofMillis(500));
            Set<String> ids = records.stream().map(r -> json.read(r.value()).eventId()).collect(Collectors.toSet());
            if (records.size() >= count && ids.containsAll(mustContain)) {
                return records;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("only " + records.size() + " of " + count + " records arrived");
    }
}
