package vn.cadres.system.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.platform.eventstore.EventCodec;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.eventstore.EventStoreAutoConfiguration;
import vn.cadres.platform.eventstore.MongoTokenStore;
import vn.cadres.platform.kafka.EnvelopeJson;
import vn.cadres.platform.publishing.KafkaEventPublisher;
import vn.cadres.platform.publishing.PublishingProperties;

/**
 * Appends and publication with 10 thousand and with 1 million events already stored, against a
 * running MongoDB(-wire server) and Kafka broker.
 * <p>
 * Arguments: MongoDB URI, Kafka bootstrap servers, events in the large store (default 1,000,000).
 */
public final class StorePublicationBenchmark {

    private static final int MEASURED = 10_000;
    private static final int FILL_BATCH = 1_000;

    private final EventLog log;
    private final MongoDatabase database;
    private final String bootstrapServers;
    private long stored;

    private StorePublicationBenchmark(MongoDatabase database, String bootstrapServers) {
        this.database = database;
        this.log = new EventLog(database, 1000, 10_000);
        this.bootstrapServers = bootstrapServers;
    }

    public static void main(String[] args) throws Exception {
        long large = args.length > 2 ? Long.parseLong(args[2]) : 1_000_000;
        try (MongoClient client = MongoClients.create(args[0])) {
            MongoDatabase warmUp = client.getDatabase("bench-warm-up-" + UUID.randomUUID().toString().substring(0, 8));
            new StorePublicationBenchmark(warmUp, args[1]).measureAt(MEASURED);
            warmUp.drop();
            MongoDatabase database = client.getDatabase("bench-store-" + UUID.randomUUID().toString().substring(0, 8));
            StorePublicationBenchmark bench = new StorePublicationBenchmark(database, args[1]);
            bench.measureAt(MEASURED).print();
            bench.fillTo(large - MEASURED * 2L);
            bench.measureAt(large).print();
            database.drop();
        }
        System.exit(0);
    }

    /** The three rates measured at one store size. */
    private record Measurement(String label, long singleNanos, long batchedNanos, long published, long publishNanos) {
        void print() {
            Figures.rate("append, one event per command, " + label, MEASURED, singleNanos);
            Figures.rate("append, batches of " + FILL_BATCH + ", " + label, MEASURED, batchedNanos);
            Figures.rate("publish to Kafka (acknowledged), " + label, published, publishNanos);
        }
    }

    /** Appends 10,000 events one command at a time and 10,000 in batches, then publishes those 20,000. */
    private Measurement measureAt(long storeSize) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            log.append(List.of(List.of(event("single-" + stored, 0))));
            stored++;
        }
        long single = System.nanoTime() - start;
        start = System.nanoTime();
        fill(MEASURED);
        long batched = System.nanoTime() - start;
        start = System.nanoTime();
        long published = publishNewest(2L * MEASURED);
        return new Measurement(String.format("with %,d stored", storeSize), single, batched, published,
                System.nanoTime() - start);
    }

    private void fillTo(long target) {
        long start = System.nanoTime();
        long before = stored;
        while (stored < target) {
            fill((int) Math.min(100_000, target - stored));
        }
        Figures.rate("filling the store (batches of " + FILL_BATCH + ")", stored - before, System.nanoTime() - start);
    }

    private void fill(int events) {
        for (int done = 0; done < events; done += FILL_BATCH) {
            List<List<EventEnvelope>> commits = new ArrayList<>(FILL_BATCH);
            for (int i = 0; i < Math.min(FILL_BATCH, events - done); i++) {
                commits.add(List.of(event("batched-" + stored++, 0)));
            }
            log.append(commits);
        }
    }

    /** Publishes the newest {@code count} events to a fresh topic, as a publisher that has published the rest. */
    private long publishNewest(long count) throws Exception {
        String topic = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        MongoTokenStore tokens = new MongoTokenStore(database, new EventStoreAutoConfiguration().serializer(),
                "bench", Duration.ofSeconds(10), Clock.systemUTC());
        String processor = "publisher:" + topic;
        tokens.initializeSegment(GapAwareTrackingToken.newInstance(log.headIndex() - count, Set.of()), processor, 0);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                new StringSerializer(), new ByteArraySerializer())) {
            KafkaEventPublisher publisher = new KafkaEventPublisher(log, tokens, producer,
                    new EnvelopeJson(new EventCodec(List.of()).mapper()),
                    new PublishingProperties(topic, 1000, Duration.ofMillis(100)), new SimpleMeterRegistry());
            long published = 0;
            int batch;
            while ((batch = publisher.publishNextBatch()) > 0) {
                published += batch;
            }
            return published;
        }
    }

    private static EventEnvelope event(String aggregateId, long sequence) {
        return new EventEnvelope(-1, UUID.randomUUID().toString(), "cadre.CadreRegistered", 1, "Cadre", aggregateId,
                sequence, "HN", "bench", "corr", "cause", LocalDate.of(2014, 7, 1), Instant.now(),
                "{\"birthDate\":\"1975-04-02\",\"cadreId\":\"" + aggregateId
                        + "\",\"effectiveDate\":\"2014-07-01\",\"fullName\":\"Nguyễn Văn A\",\"gender\":\"MALE\","
                        + "\"managingProvince\":\"HN\"}", null, null);
    }
}
