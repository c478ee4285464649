package vn.cadres.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Acknowledged writes per second of the wire server, and its CPU per write (steadier than the rate
 * on a shared machine): WRITERS connections insert a document and correct the previous one as fast
 * as they are answered, for 20 s after 10 s of warm-up. A benchmark, not a test:
 * {@code java -cp <infra test classpath> vn.cadres.infra.MongoServerWriteBenchmark [writers] [server classpath]}
 * (the server classpath, by default this one, lets an earlier build be measured the same way).
 */
public final class MongoServerWriteBenchmark {

    private MongoServerWriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int writers = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        String serverClasspath = args.length > 1 ? args[1] : System.getProperty("java.class.path");
        Path dir = Files.createTempDirectory("mongo-bench");
        int port = Launched.freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process server = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "--sun-misc-unsafe-memory-access=allow",
                "-cp", serverClasspath, MongoServer.class.getName(), "--data-dir", dir.toString(), "--port",
                Integer.toString(port)).redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=60000")) {
            MongoCollection<Document> cadres = client.getDatabase("bench").getCollection("cadres");
            AtomicBoolean writing = new AtomicBoolean(true);
            LongAdder acknowledged = new LongAdder();
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String prefix = "w" + w + "-";
                threads.add(Thread.ofPlatform().start(() -> {
                    for (int n = 0; writing.get(); n++) {
                        cadres.insertOne(new Document("_id", prefix + n).append("name", "Nguyễn Văn " + n).append("version", 0));
                        if (n > 0) {
                            cadres.updateOne(Filters.eq("_id", prefix + (n - 1)), Updates.set("version", n));
                        }
                        acknowledged.add(n > 0 ? 2 : 1);
                    }
                }));
            }
            Thread.sleep(TimeUnit.SECONDS.toMillis(10));
            long writesBefore = acknowledged.sum();
            Duration cpuBefore = server.info().totalCpuDuration().orElse(Duration.ZERO);
            long started = System.nanoTime();
            Thread.sleep(TimeUnit.SECONDS.toMillis(20));
            long writes = acknowledged.sum() - writesBefore;
            double seconds = (System.nanoTime() - started) / 1e9;
            Duration cpu = server.info().totalCpuDuration().orElse(Duration.ZERO).minus(cpuBefore);
            writing.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
            System.out.printf("%d writers: %.0f acknowledged writes/s, server CPU %.0f µs per write (%d writes in %.1f s)%n",
                    writers, writes / seconds, cpu.toNanos() / 1e3 / writes, writes, seconds);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }
}
