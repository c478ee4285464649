package vn.cadres.platform.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import vn.cadres.contracts.Topics;

/**
 * A real single-node KRaft Kafka broker in this JVM, shared by the tests of one JVM, with the
 * published topics created (3 partitions each).
 */
public final class KafkaBroker {

    private static KafkaBroker shared;

    private final EmbeddedKafkaKraftBroker broker;

    private KafkaBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 3, Topics.CADRE_EVENTS, Topics.ROTATION_EVENTS,
                Topics.EVALUATION_EVENTS);
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.afterPropertiesSet();
    }

    public static synchronized KafkaBroker shared() {
        if (shared == null) {
            shared = new KafkaBroker();
            Runtime.getRuntime().addShutdownHook(new Thread(shared.broker::destroy));
        }
        return shared;
    }

    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    /** Creates a topic of the given partitions if it does not exist. */
    public void createTopic(String name, int partitions) {
        broker.addTopics(new NewTopic(name, partitions, (short) 1));
    }

    /** Every record on the topic, from the first offset, read until none arrive for a while. */
    public List<ConsumerRecord<String, byte[]>> readAll(String topic, int expectedAtLeast, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                var batch = consumer.poll(Duration.ofMillis(200));
                batch.forEach(records::add);
                if (batch.isEmpty() && records.size() >= expectedAtLeast) {
                    break;
                }
            }
        }
        return records;
    }
}
