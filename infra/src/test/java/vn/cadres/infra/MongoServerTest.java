package vn.cadres.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoServerTest {

    private static final Duration READY = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @TempDir
    Path logs;

    @Test
    void keepsDocumentsAcrossRestarts() throws Exception {
        int port = Launched.freePort();
        String uri = "mongodb://127.0.0.1:" + port;
        String[] args = {"--data-dir", dir.toString(), "--port", Integer.toString(port)};

        try (Launched server = Launched.start(MongoServer.class, MongoServer.READY_PREFIX, READY, logs.resolve("mongo-1.log"), args)) {
            try (MongoClient client = MongoClients.create(uri)) {
                collection(client).insertOne(new Document("_id", "cadre-1").append("name", "Nguyễn Văn A"));
            }
            assertThat(server.stop()).as(server.output()).isIn(0, 143);
            assertThat(server.output()).contains("MongoDB-wire server stopped");
        }
        assertThat(dir.resolve(MongoServer.FILE)).isNotEmptyFile();

        try (Launched server = Launched.start(MongoServer.class, MongoServer.READY_PREFIX, READY, logs.resolve("mongo-2.log"), args);
                MongoClient client = MongoClients.create(uri)) {
            Document found = collection(client).find(Filters.eq("_id", "cadre-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("Nguyễn Văn A");
        }
    }

    @Test
    void memoryBackendWritesNothing() throws Exception {
        int port = Launched.freePort();
        String[] args = {"--data-dir", dir.toString(), "--port", Integer.toString(port), "--memory"};
        try (Launched server = Launched.start(MongoServer.class, MongoServer.READY_PREFIX, READY, logs.resolve("mongo-3.log"), args);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            collection(client).insertOne(new Document("_id", "x"));
            assertThat(collection(client).countDocuments()).isEqualTo(1);
        }
        assertThat(dir).isEmptyDirectory();
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("infra_test").getCollection("cadres");
    }
}
