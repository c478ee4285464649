package vn.cadres.infra;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.MongoBackend;
import org.h2.mvstore.MVStore;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import vn.cadres.infra.mongo.CompactH2Backend;
import vn.cadres.infra.mongo.IdleCompaction;

/**
 * A MongoDB-wire server for local runs (de.bwaldvogel mongo-java-server), persisted to an H2
 * MVStore file {@code DIR/documents.mv} with documents and keys kept as BSON
 * ({@link CompactH2Backend}), or in memory with {@code --memory}. A data directory from before
 * that format ({@code DIR/mongo.mv}, Java-serialized) is still opened with the stock backend. Not
 * a MongoDB: no transactions, no change streams; production uses a real replica set through
 * MONGODB_URI.
 */
public final class MongoServer {

    static final String READY_PREFIX = "MongoDB-wire server ready on ";
    static final String HOST = "127.0.0.1";
    static final String FILE = "documents.mv";
    private static final String LEGACY_FILE = "mongo.mv";
    private static final int WORKER_THREADS = 32;

    private static final String USAGE = """
            usage: MongoServer [--data-dir DIR] [--port 27027] [--cache-mb 128] [--memory]
              --data-dir DIR   directory of the H2 file documents.mv (env MONGO_DATA_DIR, default data/mongo)
              --port N         listen on 127.0.0.1:N (env MONGO_PORT, default 27027)
              --cache-mb       H2 page cache in MiB (MONGO_CACHE_MB)
              --memory         keep everything in memory (nothing written)""";

    private MongoServer() {
    }

    public static void main(String[] args) throws Exception {
        LauncherArgs.configureLogging("io.netty", "de.bwaldvogel.mongo.wire", "de.bwaldvogel.mongo.backend");
        LauncherArgs parsed = LauncherArgs.parse(args, USAGE, "memory");
        Path dataDir = parsed.path("data-dir", "MONGO_DATA_DIR", "data/mongo");
        int port = parsed.integer("port", "MONGO_PORT", 27027);
        boolean memory = parsed.flag("memory", null);
        int cacheMegabytes = parsed.integer("cache-mb", "MONGO_CACHE_MB", 128);
        LauncherArgs.requireFreePort(HOST, port, "--port", "is another server running?");

        long started = System.nanoTime();
        MongoBackend backend;
        String storage;
        IdleCompaction compaction = null;
        if (memory) {
            backend = new MemoryBackend();
            storage = "in memory";
        } else {
            Files.createDirectories(dataDir);
            Path legacy = dataDir.resolve(LEGACY_FILE);
            Path file = Files.exists(legacy) && !Files.exists(dataDir.resolve(FILE)) ? legacy : dataDir.resolve(FILE);
            // H2's default page cache (16 MB) stops holding the indexes at about a million events,
            // and every append then reads index pages from the file.
            MVStore store = MVStore.Builder.fromString(IdleCompaction.CONFIGURE).fileName(file.toString())
                    .cacheSize(cacheMegabytes).open();
            compaction = new IdleCompaction(store, 50, 30);
            if (file.equals(legacy)) {
                backend = new CompactH2Backend.Legacy(store);
                storage = "file " + file + ", Java-serialized: remove " + dataDir + " for the faster BSON format";
            } else {
                backend = new CompactH2Backend(store);
                storage = "file " + file;
            }
        }
        de.bwaldvogel.mongo.MongoServer server = new de.bwaldvogel.mongo.MongoServer(backend);
        try {
            // a worker thread waits for the sync of each write it answers (GroupCommit), and its other
            // connections with it: enough of them that the writes of many connections share a sync
            server.bind(new InetSocketAddress(HOST, port), 1, WORKER_THREADS);
        } catch (RuntimeException e) {
            backend.close();
            System.err.println("MongoDB-wire server failed to start: " + e);
            System.exit(1);
        }
        Thread main = Thread.currentThread();
        IdleCompaction compacting = compaction;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping MongoDB-wire server...");
            if (compacting != null) {
                compacting.close();
            }
            // closes the client connections, the event loops, then the backend (H2 commit + close)
            server.shutdownNow();
            System.out.println("MongoDB-wire server stopped");
            main.interrupt();
        }, "mongo-shutdown-hook"));

        System.out.printf("%s%s:%d (%s, started in %d ms)%n", READY_PREFIX, HOST, port, storage,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        System.out.flush();
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            // shutting down
        }
    }
}
