package vn.cadres.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka (KRaft, combined broker + controller) for local runs, in this JVM.
 *
 * <p>First start: writes {@code server.properties} into the data directory and formats the storage
 * (like {@code kafka-storage format}). Later starts reuse the formatted log directory, so topics and
 * records survive restarts (retention is infinite). Once the broker answers, the three event topics
 * are created if missing and {@value #READY_PREFIX}... is printed.
 */
public final class KafkaBroker {

    /** The event topics of the system (kept forever). */
    public static final List<String> TOPICS = List.of("cadre.events", "rotation.events", "evaluation.events");

    static final String READY_PREFIX = "Kafka ready on ";
    static final String HOST = "127.0.0.1";

    private static final String USAGE = """
            usage: KafkaBroker [--data-dir DIR] [--port 9192] [--controller-port 9193] [--partitions 3]
              --data-dir DIR          log and metadata directory (env KAFKA_DATA_DIR, default data/kafka)
              --port N                PLAINTEXT listener on 127.0.0.1 (env KAFKA_PORT, default 9192)
              --controller-port N     KRaft controller listener (env KAFKA_CONTROLLER_PORT, default 9193)
              --partitions N          partitions of new topics (env KAFKA_PARTITIONS, default 3)""";

    private KafkaBroker() {
    }

    public static void main(String[] args) throws Exception {
        LauncherArgs.configureLogging("kafka", "org.apache.kafka", "state.change.logger");
        LauncherArgs parsed = LauncherArgs.parse(args, USAGE);
        Path dataDir = parsed.path("data-dir", "KAFKA_DATA_DIR", "data/kafka");
        int port = parsed.integer("port", "KAFKA_PORT", 9192);
        int controllerPort = parsed.integer("controller-port", "KAFKA_CONTROLLER_PORT", 9193);
        int partitions = parsed.integer("partitions", "KAFKA_PARTITIONS", 3);
        if (partitions < 1) {
            LauncherArgs.fail("--partitions must be at least 1", USAGE);
        }
        LauncherArgs.requireFreePort(HOST, port, "--port", "is another broker running?");
        LauncherArgs.requireFreePort(HOST, controllerPort, "--controller-port", "is another broker running?");

        long started = System.nanoTime();
        Path logDir = dataDir.resolve("logs");
        Path propertiesFile = dataDir.resolve("server.properties");
        Files.createDirectories(logDir);
        Properties props = serverProperties(logDir, port, controllerPort, partitions);
        writeProperties(props, propertiesFile);

        if (Files.exists(logDir.resolve("meta.properties"))) {
            System.out.println("Using formatted Kafka storage in " + logDir);
        } else {
            format(propertiesFile);
        }

        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        Thread hook = new Thread(() -> {
            System.out.println("Stopping Kafka...");
            try {
                server.shutdown();
                server.awaitShutdown();
            } catch (Throwable e) {
                System.err.println("Kafka shutdown failed: " + e);
                Runtime.getRuntime().halt(1);
            }
            System.out.println("Kafka stopped");
        }, "kafka-shutdown-hook");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            server.startup();
        } catch (Throwable e) {
            System.err.println("Kafka failed to start: " + e);
            e.printStackTrace();
            System.exit(1);
        }

        String bootstrap = HOST + ":" + port;
        try {
            createTopics(bootstrap, partitions);
        } catch (Exception e) {
            System.err.println("Kafka started but creating topics failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        System.out.printf("%s%s (KRaft, data %s, topics %s, started in %d ms)%n",
                READY_PREFIX, bootstrap, dataDir, String.join(",", TOPICS),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        System.out.flush();

        server.awaitShutdown();
        // Either the hook is running (SIGTERM) or the server stopped by itself (fatal error).
        if (!isShuttingDown(hook)) {
            System.err.println("Kafka stopped unexpectedly");
            System.exit(1);
        }
    }

    private static boolean isShuttingDown(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    static Properties serverProperties(Path logDir, int port, int controllerPort, int partitions) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", Integer.toString(partitions));
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        p.put("log.retention.ms", "-1");
        p.put("log.retention.bytes", "-1");
        // A laptop-sized broker: fewer threads and a small compaction buffer (default 128 MiB).
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("log.cleaner.threads", "1");
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
        Properties props = new Properties();
        props.putAll(p);
        return props;
    }

    private static void writeProperties(Properties props, Path file) throws IOException {
        // Properties.store would reorder and escape the keys: write them as-is, readable.
        StringBuilder text = new StringBuilder("# Written by vn.cadres.infra.KafkaBroker on every start.\n");
        for (String key : props.stringPropertyNames().stream().sorted().toList()) {
            text.append(key).append('=').append(props.getProperty(key)).append('\n');
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(text.toString());
        }
    }

    private static void format(Path propertiesFile) {
        String clusterId = Uuid.randomUuid().toString();
        System.out.println("Formatting Kafka storage, cluster id " + clusterId);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        int rc = StorageTool.execute(new String[] {
                "format", "-t", clusterId, "-c", propertiesFile.toString(), "--ignore-formatted"}, quiet);
        if (rc != 0) {
            System.err.println("kafka-storage format failed with exit code " + rc);
            System.exit(1);
        }
    }

    static void createTopics(String bootstrap, int partitions) throws InterruptedException, ExecutionException {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "infra-topic-setup");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "60000");
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : TOPICS) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, partitions, (short) 1)
                            .configs(Map.of("retention.ms", "-1", "retention.bytes", "-1")));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            var results = admin.createTopics(missing).values();
            for (var entry : results.entrySet()) {
                try {
                    entry.getValue().get();
                    System.out.println("Created topic " + entry.getKey() + " (" + partitions + " partitions, kept forever)");
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }
}
