package vn.cadres.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    private static final Duration READY = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @TempDir
    Path logs;

    @Test
    void createsTopicsKeepsRecordsAcrossRestarts() throws Exception {
        int port = Launched.freePort();
        int controllerPort = Launched.freePort();
        String bootstrap = "127.0.0.1:" + port;
        String[] args = {"--data-dir", dir.toString(), "--port", Integer.toString(port),
                "--controller-port", Integer.toString(controllerPort), "--partitions", "2"};

        try (Launched broker = Launched.start(KafkaBroker.class, KafkaBroker.READY_PREFIX, READY, logs.resolve("kafka-1.log"), args)) {
            assertThat(broker.output()).contains("Formatting Kafka storage");
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                Map<String, TopicDescription> topics = admin.describeTopics(KafkaBroker.TOPICS).allTopicNames().get();
                assertThat(topics).containsOnlyKeys(KafkaBroker.TOPICS);
                assertThat(topics.values()).allSatisfy(t -> assertThat(t.partitions()).hasSize(2));

                List<ConfigResource> resources = KafkaBroker.TOPICS.stream()
                        .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
                Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get();
                assertThat(configs.values()).allSatisfy(c -> {
                    assertThat(c.get("retention.ms").value()).isEqualTo("-1");
                    assertThat(c.get("retention.bytes").value()).isEqualTo("-1");
                });
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                producer.send(new ProducerRecord<>("cadre.events", "cadre-1", "CadreRegistered")).get();
            }
            assertThat(broker.stop()).as(broker.output()).isIn(0, 143);
            assertThat(broker.output()).contains("Kafka stopped");
        }
        assertThat(Files.readString(dir.resolve("server.properties"))).contains("log.retention.ms=-1");

        try (Launched broker = Launched.start(KafkaBroker.class, KafkaBroker.READY_PREFIX, READY, logs.resolve("kafka-2.log"), args)) {
            assertThat(broker.output()).doesNotContain("Formatting Kafka storage").doesNotContain("Created topic");
            assertThat(readAll(bootstrap, "cadre.events"))
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.key()).isEqualTo("cadre-1");
                        assertThat(r.value()).isEqualTo("CadreRegistered");
                    });
        }
    }

    private static List<ConsumerRecord<String, String>> readAll(String bootstrap, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!caughtUp(consumer, end, Set.copyOf(partitions)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end,
            Set<TopicPartition> partitions) {
        return partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
    }
}
