package vn.cadres.platform.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.UUID;

/**
 * A MongoDB wire-protocol server in this JVM (mongo-java-server, memory backend), shared by the
 * tests of one JVM; each test takes a database of its own.
 */
public final class MongoWire {

    private static MongoWire shared;

    private final MongoServer server;
    private final String uri;
    private final MongoClient client;

    private MongoWire() {
        server = new MongoServer(new MemoryBackend());
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        InetSocketAddress address = server.getLocalAddress();
        uri = "mongodb://127.0.0.1:" + address.getPort();
        client = MongoClients.create(uri);
    }

    public static synchronized MongoWire shared() {
        if (shared == null) {
            shared = new MongoWire();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                shared.client.close();
                shared.server.shutdownNow();
            }));
        }
        return shared;
    }

    public String uri() {
        return uri;
    }

    public MongoClient client() {
        return client;
    }

    /** A new, empty database. */
    public MongoDatabase freshDatabase() {
        return client.getDatabase("test-" + UUID.randomUUID().toString().substring(0, 8));
    }
}
