package vn.cadres.platform.publishing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import vn.cadres.platform.eventstore.EventCodec;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.eventstore.EventStoreAutoConfiguration;
import vn.cadres.platform.eventstore.MongoTokenStore;
import vn.cadres.platform.kafka.EnvelopeJson;

/**
 * A publisher alone in its own JVM, so that a test can kill it for real ({@code kill -9}) at any
 * moment. Arguments: MongoDB URI, database, Kafka bootstrap servers, topic, pause in milliseconds.
 * <p>
 * After Kafka has acknowledged a batch it prints {@value #ACKNOWLEDGED} and waits before saving its
 * position for the given pause, so a test can kill it in exactly that window.
 */
public final class PublisherProcess {

    static final String ACKNOWLEDGED = "batch acknowledged, saving position";

    private PublisherProcess() {
    }

    /** Announces the moment between Kafka's acknowledgement and the saved position, and lingers there. */
    private static final class SlowToSavePosition implements TokenStore {
        private final TokenStore tokens;
        private final long pauseMillis;

        SlowToSavePosition(TokenStore tokens, long pauseMillis) {
            this.tokens = tokens;
            this.pauseMillis = pauseMillis;
        }

        @Override
        public void storeToken(TrackingToken token, String processorName, int segment) {
            System.out.println(ACKNOWLEDGED);
            System.out.flush();
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            tokens.storeToken(token, processorName, segment);
        }

        @Override
        public TrackingToken fetchToken(String processorName, int segment) {
            return tokens.fetchToken(processorName, segment);
        }

        @Override
        public void releaseClaim(String processorName, int segment) {
            tokens.releaseClaim(processorName, segment);
        }

        @Override
        public void initializeSegment(TrackingToken token, String processorName, int segment) {
            tokens.initializeSegment(token, processorName, segment);
        }

        @Override
        public int[] fetchSegments(String processorName) {
            return tokens.fetchSegments(processorName);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        MongoClient client = MongoClients.create(args[0]);
        MongoDatabase database = client.getDatabase(args[1]);
        EventLog log = new EventLog(database, 1000, 10_000);
        MongoTokenStore tokens = new MongoTokenStore(database, new EventStoreAutoConfiguration().serializer(),
                "publisher-" + ProcessHandle.current().pid(), Duration.ofSeconds(2), Clock.systemUTC());
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, args[2],
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 2),
                new StringSerializer(), new ByteArraySerializer());
        KafkaEventPublisher publisher = new KafkaEventPublisher(log, new SlowToSavePosition(tokens, Long.parseLong(args[4])), producer,
                new EnvelopeJson(new EventCodec(List.of()).mapper()),
                new PublishingProperties(args[3], 500, Duration.ofMillis(100)), new SimpleMeterRegistry());
        publisher.start();
        System.out.println("publishing");
        Thread.currentThread().join();
    }
}
