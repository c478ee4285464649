package vn.cadres.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wire server promises what MongoDB with journaling promises: a write it acknowledged is still
 * there after the process is killed outright. Writers insert and correct documents as fast as the
 * server answers, the server is killed with SIGKILL in the middle of it, restarted on the same
 * directory, and every acknowledged insert and correction must be found; then again, three times.
 */
class MongoServerKillTest {

    private static final Duration READY = Duration.ofSeconds(60);
    private static final int WRITERS = 8;
    private static final int KILLS = 3;

    @TempDir
    Path dir;

    @TempDir
    Path logs;

    @Test
    void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
        int port = Launched.freePort();
        String[] args = {"--data-dir", dir.toString(), "--port", Integer.toString(port)};
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + port))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(2, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(2, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS))
                .retryWrites(false)
                .build();
        Set<String> inserted = ConcurrentHashMap.newKeySet();
        Map<String, Integer> corrected = new ConcurrentHashMap<>();
        int acknowledgedBefore = 0;

        for (int round = 1; round <= KILLS; round++) {
            Launched server = Launched.start(MongoServer.class, MongoServer.READY_PREFIX, READY,
                    logs.resolve("mongo-" + round + ".log"), args);
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Thread> writers = new ArrayList<>();
            try (server; MongoClient client = MongoClients.create(settings)) {
                assertAllThere(collection(client), inserted, corrected, round);
                int writesBefore = inserted.size() + corrected.size();
                long started = System.nanoTime();
                for (int w = 0; w < WRITERS; w++) {
                    String prefix = "r" + round + "-w" + w + "-";
                    writers.add(Thread.ofPlatform().start(() -> write(collection(client), prefix, writing, inserted, corrected)));
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                while (System.nanoTime() < deadline || inserted.size() - acknowledgedBefore < 200) {
                    Thread.sleep(50);
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                server.kill();
                writing.set(false);
                System.out.printf("round %d: %.0f acknowledged writes/s from %d writers over %.1f s%n", round,
                        (inserted.size() + corrected.size() - writesBefore) / seconds, WRITERS, seconds);
                for (Thread writer : writers) {
                    writer.join(TimeUnit.SECONDS.toMillis(30));
                }
            }
            System.out.printf("round %d: %d inserts and %d corrections acknowledged in all before SIGKILL%n", round,
                    inserted.size(), corrected.size());
            acknowledgedBefore = inserted.size();
        }
        try (Launched server = Launched.start(MongoServer.class, MongoServer.READY_PREFIX, READY,
                logs.resolve("mongo-last.log"), args);
                MongoClient client = MongoClients.create(settings)) {
            assertAllThere(collection(client), inserted, corrected, KILLS + 1);
        }
    }

    /** Inserts one document, then corrects the one inserted before it, recording what was acknowledged. */
    private static void write(MongoCollection<Document> cadres, String prefix, AtomicBoolean writing, Set<String> inserted,
            Map<String, Integer> corrected) {
        String previous = null;
        for (int n = 0; writing.get(); n++) {
            String id = prefix + n;
            try {
                cadres.insertOne(new Document("_id", id).append("name", "Nguyễn Văn " + n).append("version", 0));
                inserted.add(id);
                if (previous != null) {
                    cadres.updateOne(Filters.eq("_id", previous), Updates.set("version", n));
                    corrected.put(previous, n);
                }
                previous = id;
            } catch (RuntimeException killed) {
                return;
            }
        }
    }

    private static void assertAllThere(MongoCollection<Document> cadres, Set<String> inserted,
            Map<String, Integer> corrected, int round) {
        Map<String, Integer> found = new ConcurrentHashMap<>();
        for (Document document : cadres.find()) {
            found.put(document.getString("_id"), document.getInteger("version"));
        }
        Set<String> lost = new HashSet<>(inserted);
        lost.removeAll(found.keySet());
        List<String> correctionsLost = corrected.entrySet().stream()
                .filter(c -> found.containsKey(c.getKey()) && found.get(c.getKey()) < c.getValue())
                .map(Map.Entry::getKey).toList();
        System.out.printf("after restart %d: %d documents found, %d acknowledged inserts lost, %d acknowledged corrections lost%n",
                round, found.size(), lost.size(), correctionsLost.size());
        assertThat(lost).as("acknowledged inserts lost").isEmpty();
        assertThat(correctionsLost).as("acknowledged corrections lost").isEmpty();
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("infra_test").getCollection("cadres");
    }
}
