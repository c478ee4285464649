package vn.cadres.infra.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import com.mongodb.MongoNamespace;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactH2BackendTest {

    @TempDir
    Path dir;

    @Test
    void documentsOfEveryKindReadBackAsWrittenAfterARestart() {
        UUID uuid = UUID.fromString("6f1c2a5e-0b7d-4a7e-9a51-3c1f2e4d5b6a");
        ObjectId objectId = new ObjectId("64b7f0c2a1b2c3d4e5f60718");
        Document cadre = new Document("_id", "cadre-1")
                .append("fullName", "Đặng Quốc Hương")
                .append("birthYear", 1975)
                .append("globalIndex", 12_345_678_901L)
                .append("score", 91.5)
                .append("decimal", new Decimal128(new java.math.BigDecimal("38.50")))
                .append("retired", false)
                .append("recordedAt", new Date(1_404_172_800_000L))
                .append("uuid", uuid)
                .append("ref", objectId)
                .append("nothing", null)
                .append("posts", List.of(new Document("unit", "Xã Thanh Hưng").append("from", "2014-07-01"), "Bí thư"))
                .append("scores", new Document("POLITICAL_QUALITY", 18).append("TASK_RESULTS", 50));

        withServer(collection -> collection.insertOne(cadre));

        withServer(collection -> assertThat(collection.find(eq("_id", "cadre-1")).first()).isEqualTo(cadre));
    }

    @Test
    void uniqueIndexesFindAndRefuseByValueAcrossRestarts() {
        withServer(collection -> {
            collection.createIndex(Indexes.ascending("aggregateId", "seq"), new IndexOptions().unique(true));
            for (int seq = 0; seq < 500; seq++) {
                collection.insertOne(new Document("_id", "commit-" + seq).append("aggregateId", "a-" + (seq % 7))
                        .append("seq", seq / 7));
            }
        });

        withServer(collection -> {
            assertThat(collection.find(and(eq("aggregateId", "a-3"), eq("seq", 10))).first())
                    .containsEntry("_id", "commit-73");
            // an int and a long of the same value are one key, as in MongoDB
            assertThatThrownBy(() -> collection.insertOne(new Document("_id", "again").append("aggregateId", "a-3")
                    .append("seq", 10L)))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");
            assertThat(collection.find(in("_id", List.of("commit-1", "commit-499", "nobody"))).into(new ArrayList<>()))
                    .extracting(d -> d.getString("_id")).containsExactlyInAnyOrder("commit-1", "commit-499");
        });
    }

    @Test
    void aUniqueIndexIsNotBuiltOverDocumentsThatShareAKey() {
        withServer(collection -> {
            collection.insertOne(new Document("_id", "e-1").append("eventId", "event-1"));
            collection.insertOne(new Document("_id", "e-2").append("eventId", "event-1"));

            assertThatThrownBy(() -> collection.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true)))
                    .hasMessageContaining("E11000");
            assertThat(collection.countDocuments()).isEqualTo(2);
        });
    }

    /** A read model's evaluation outside any rotation has {@code rotationId: null}; its index keys hold null. */
    @Test
    void indexKeysHoldingNullAreWrittenAndFoundAcrossRestarts() {
        withServer(evaluations -> {
            evaluations.createIndex(Indexes.ascending("rotationId"));
            evaluations.createIndex(Indexes.ascending("cadreId", "rotationId"), new IndexOptions().unique(true));
            for (int i = 0; i < 50; i++) {
                evaluations.insertOne(new Document("_id", "evaluation-" + i).append("cadreId", "cadre-" + i)
                        .append("rotationId", i % 2 == 0 ? null : "rotation-" + i));
            }
        });

        withServer(evaluations -> {
            assertThat(evaluations.countDocuments(eq("rotationId", null))).isEqualTo(25);
            assertThat(evaluations.find(and(eq("cadreId", "cadre-4"), eq("rotationId", null))).first())
                    .containsEntry("_id", "evaluation-4");
            assertThatThrownBy(() -> evaluations.insertOne(new Document("_id", "again").append("cadreId", "cadre-4")
                    .append("rotationId", null)))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");
        });
    }

    @Test
    void updatesReplacesAndDeletesAreKept() {
        withServer(collection -> {
            for (int i = 0; i < 100; i++) {
                collection.insertOne(new Document("_id", i).append("name", "Cán bộ " + i));
            }
            collection.updateOne(eq("_id", 5), Updates.set("name", "Nguyễn Thị Năm"));
            collection.replaceOne(eq("_id", 200), new Document("_id", 200).append("name", "mới"),
                    new ReplaceOptions().upsert(true));
            collection.deleteMany(in("_id", List.of(0, 1, 2)));
        });

        withServer(collection -> {
            assertThat(collection.countDocuments()).isEqualTo(98);
            assertThat(collection.find(eq("_id", 5)).first()).containsEntry("name", "Nguyễn Thị Năm");
            assertThat(collection.find(eq("_id", 200)).first()).containsEntry("name", "mới");
            assertThat(collection.find().sort(Sorts.descending("_id")).limit(2).into(new ArrayList<>()))
                    .extracting(d -> d.getInteger("_id")).containsExactly(200, 99);
        });
    }

    @Test
    void nonUniqueIndexesAnswerEqualityAndInAndFollowEveryChange() {
        withServer(rotations -> {
            rotations.createIndex(Indexes.ascending("cadreId"));
            rotations.createIndex(Indexes.ascending("province", "status"));
            for (int i = 0; i < 3_000; i++) {
                rotations.insertOne(new Document("_id", "r-" + i).append("cadreId", "c-" + (i % 1_000))
                        .append("province", i % 2 == 0 ? "LS" : "HN").append("status", i % 3 == 0 ? "ACTIVE" : "COMPLETED")
                        .append("cancelled", i % 1_000 == 7 && i > 1_000));
            }
            rotations.updateOne(eq("_id", "r-0"), Updates.set("cadreId", "c-moved"));
            rotations.deleteOne(eq("_id", "r-2000"));
        });

        withServer(rotations -> {
            assertThat(ids(rotations.find(and(eq("cadreId", "c-0"), ne("cancelled", true)))))
                    .containsExactlyInAnyOrder("r-1000");
            assertThat(ids(rotations.find(eq("cadreId", "c-moved")))).containsExactly("r-0");
            assertThat(ids(rotations.find(and(eq("cadreId", "c-7"), ne("cancelled", true))))).containsExactly("r-7");
            assertThat(ids(rotations.find(in("cadreId", List.of("c-1", "c-2"))))).containsExactlyInAnyOrder(
                    "r-1", "r-1001", "r-2001", "r-2", "r-1002", "r-2002");
            assertThat(rotations.countDocuments(and(eq("province", "LS"), eq("status", "ACTIVE")))).isEqualTo(500);
            assertThat(rotations.countDocuments(eq("province", "HN"))).isEqualTo(1_500);
            assertThat(rotations.countDocuments(eq("cadreId", 0))).as("a number is not the string").isZero();
        });

        MVStore store = new MVStore.Builder().fileName(dir.resolve("documents.mv").toString()).readOnly().open();
        try {
            assertThat(store.getMapNames()).contains("cadre-service.cadres._index_cadreId_1");
            assertThat(CompactH2Database.<Object, Object>open(store, "cadre-service.cadres._index_cadreId_1").size())
                    .as("one entry per document, the deleted one gone").isEqualTo(2_999);
        } finally {
            store.close();
        }
    }

    @Test
    void aRenamedCollectionTakesItsIndexesAndLeavesItsNameFree() {
        withDatabase(database -> {
            MongoCollection<Document> timeline = database.getCollection("cadre_timeline");
            timeline.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true));
            timeline.insertOne(new Document("_id", "e-1").append("eventId", "event-1"));
            timeline.renameCollection(new MongoNamespace("cadre-service", "cadre_timeline_previous"));
        });

        withDatabase(database -> {
            MongoCollection<Document> previous = database.getCollection("cadre_timeline_previous");
            assertThat(previous.find(eq("_id", "e-1")).first()).containsEntry("eventId", "event-1");
            assertThat(previous.find(eq("eventId", "event-1")).first()).containsEntry("_id", "e-1");
            assertThatThrownBy(() -> previous.insertOne(new Document("_id", "e-2").append("eventId", "event-1")))
                    .hasMessageContaining("E11000");
            // the old name starts empty, with no index entries left behind
            database.getCollection("cadre_timeline").insertOne(new Document("_id", "e-1").append("eventId", "event-1"));
            assertThat(database.getCollection("cadre_timeline").countDocuments()).isEqualTo(1);
        });
    }

    @Test
    void documentsAreKeptInTheOrderTheyWereInsertedAndFoundByIdAndByIndexAcrossRestarts() {
        withServer(timeline -> {
            timeline.createIndex(Indexes.ascending("cadreId"));
            for (int i = 0; i < 300; i++) {
                timeline.insertOne(new Document("_id", UUID.randomUUID().toString()).append("seq", i)
                        .append("cadreId", "cadre-" + (i % 10)));
            }
            timeline.insertOne(new Document("_id", "event-x").append("seq", 300).append("cadreId", "cadre-3"));
        });

        withServer(timeline -> {
            timeline.insertOne(new Document("_id", "event-y").append("seq", 301).append("cadreId", "cadre-3"));
            assertThatThrownBy(() -> timeline.insertOne(new Document("_id", "event-x")))
                    .hasMessageContaining("E11000");
            timeline.updateOne(eq("_id", "event-x"), Updates.set("cadreId", "cadre-4"));
            timeline.deleteOne(eq("seq", 0));
        });

        withServer(timeline -> {
            assertThat(timeline.find().into(new ArrayList<>())).extracting(d -> d.getInteger("seq"))
                    .as("natural order is insertion order").isSortedAccordingTo(Integer::compare).hasSize(301);
            assertThat(timeline.find(eq("_id", "event-x")).first()).containsEntry("cadreId", "cadre-4");
            assertThat(timeline.countDocuments(eq("cadreId", "cadre-3"))).isEqualTo(31);
            assertThat(timeline.countDocuments(eq("cadreId", "cadre-0"))).isEqualTo(29);
            assertThat(ids(timeline.find(in("_id", List.of("event-x", "event-y", "nobody")))))
                    .containsExactlyInAnyOrder("event-x", "event-y");
        });
        MVStore store = new MVStore.Builder().fileName(dir.resolve("documents.mv").toString()).readOnly().open();
        try {
            assertThat(CompactH2Database.<Object, Object>open(store, "databases.cadre-service.cadres").keyList())
                    .as("positions, one per document inserted").hasSize(301).allMatch(Long.class::isInstance);
            assertThat(CompactH2Database.<Object, Object>open(store, "cadre-service.cadres._index__id_").size())
                    .isEqualTo(301);
        } finally {
            store.close();
        }
    }

    @Test
    void aStoreOfTheEarlierLayoutReadsAndUpdatesAndLosesItsIdMap() {
        withServer(collection -> collection.insertOne(new Document("_id", "cadre-1").append("fullName", "Lò Văn Mười")));
        // the earlier layout: documents by id, some kept decoded in the map, and a map of their own for _id
        MVStore legacy = new MVStore.Builder().fileName(dir.resolve("documents.mv").toString()).open();
        try {
            MVMap<Object, Object> documents = CompactH2Database.open(legacy, "databases.cadre-service.cadres");
            Object first = documents.remove(documents.firstKey());
            documents.put("cadre-1", first);
            legacy.openMap("meta.cadre-service.cadres").remove("layout");
            legacy.removeMap("cadre-service.cadres._index__id_");
            CompactH2Database.<Object, Object>open(legacy, "databases.cadre-service.cadres").put("cadre-2",
                    new de.bwaldvogel.mongo.bson.Document("_id", "cadre-2").append("fullName", "Đặng Quốc Hương"));
            CompactH2Database.<Object, Object>open(legacy, "cadre-service.cadres._index__id_").put("cadre-2", "cadre-2");
        } finally {
            legacy.close();
        }

        withServer(collection -> {
            assertThat(collection.find(eq("_id", "cadre-2")).first()).containsEntry("fullName", "Đặng Quốc Hương");
            collection.updateOne(eq("_id", "cadre-2"), Updates.set("province", "DB"));
            assertThatThrownBy(() -> collection.insertOne(new Document("_id", "cadre-2")))
                    .hasMessageContaining("E11000");
        });

        withServer(collection -> assertThat(collection.find().sort(Sorts.ascending("_id")).into(new ArrayList<>()))
                .containsExactly(new Document("_id", "cadre-1").append("fullName", "Lò Văn Mười"),
                        new Document("_id", "cadre-2").append("fullName", "Đặng Quốc Hương").append("province", "DB")));
        MVStore store = new MVStore.Builder().fileName(dir.resolve("documents.mv").toString()).readOnly().open();
        try {
            assertThat(store.getMapNames()).doesNotContain("cadre-service.cadres._index__id_");
        } finally {
            store.close();
        }
    }

    private static List<String> ids(Iterable<Document> documents) {
        List<String> ids = new ArrayList<>();
        documents.forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    /**
     * The sets of fields by id that the collection answers in the stored document ({@link SetById})
     * and the updates it leaves to mongo-java-server give the answers, errors and documents of the
     * stock in-memory backend, which takes the general way for all of them; and they are kept.
     */
    @Test
    void setsOfFieldsByIdAnswerAsTheStockBackendDoesAndAreKept() {
        ObjectId objectId = new ObjectId("64b7f0c2a1b2c3d4e5f60718");
        List<Function<MongoCollection<Document>, Object>> script = List.of(
                c -> c.createIndex(Indexes.ascending("entries.e3.type")),
                c -> upsert(c, "cadre-1", Updates.set("entries.e1", new Document("type", "CadreRegistered").append("n", 1))),
                c -> upsert(c, "cadre-1", Updates.set("entries.e1", new Document("type", "CadreRegistered").append("n", 1))),
                c -> upsert(c, "cadre-1", Updates.combine(Updates.set("entries.e2", new Document("type", "CadreAppointed")),
                        Updates.set("profile.name", "Đặng Quốc Hương"))),
                c -> upsert(c, "cadre-1", Updates.set("entries.e1", new Document("type", "CadreRegistered").append("n", 2))),
                c -> upsert(c, "cadre-1", Updates.set("entries.e3", new Document("type", "RotationProposed"))),
                c -> upsert(c, "cadre-1", Updates.combine(Updates.set("scalar", 5), Updates.set("list", List.of(1, 2)),
                        Updates.set("nothing", null))),
                c -> upsert(c, "cadre-1", Updates.set("scalar.x", 1)),
                c -> upsert(c, "cadre-1", Updates.set("nothing.x", 1)),
                c -> upsert(c, "cadre-1", Updates.set("list.0", 9)),
                c -> upsert(c, "cadre-1", Updates.combine(Updates.set("a", 1), Updates.set("a.b", 2))),
                c -> c.updateOne(eq("_id", "cadre-2"), Updates.set("entries.e9", "nowhere")),
                c -> upsert(c, objectId, Updates.set("entries.e4", 4)),
                c -> upsert(c, objectId, Updates.set("entries.e5", 5)),
                c -> c.find(eq("entries.e3.type", "RotationProposed")).into(new ArrayList<>()),
                c -> c.find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));

        List<Object> stock = run(script, new MemoryBackend());
        withDatabase(database -> assertThat(run(script, database.getCollection("timelines"))).isEqualTo(stock));

        withDatabase(database -> assertThat(database.getCollection("timelines").find().sort(Sorts.ascending("_id"))
                .into(new ArrayList<>())).isEqualTo(stock.getLast()));
    }

    private static UpdateResult upsert(MongoCollection<Document> collection, Object id, Bson update) {
        return collection.updateOne(eq("_id", id), update, new UpdateOptions().upsert(true));
    }

    private static List<Object> run(List<Function<MongoCollection<Document>, Object>> script, MongoBackend backend) {
        MongoServer server = new MongoServer(backend);
        try {
            InetSocketAddress address = server.bind();
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
                return run(script, client.getDatabase("cadre-service").getCollection("timelines"));
            }
        } finally {
            server.shutdownNow();
        }
    }

    /** What each step answered, or the code of the error it met. */
    private static List<Object> run(List<Function<MongoCollection<Document>, Object>> script,
                                    MongoCollection<Document> collection) {
        List<Object> outcomes = new ArrayList<>();
        for (Function<MongoCollection<Document>, Object> step : script) {
            try {
                outcomes.add(step.apply(collection));
            } catch (MongoWriteException e) {
                outcomes.add("error " + e.getCode());
            }
        }
        return outcomes;
    }

    private void withServer(Consumer<MongoCollection<Document>> work) {
        withDatabase(database -> work.accept(database.getCollection("cadres")));
    }

    private void withDatabase(Consumer<MongoDatabase> work) {
        MongoServer server = new MongoServer(new CompactH2Backend(
                new MVStore.Builder().fileName(dir.resolve("documents.mv").toString()).open()));
        try {
            InetSocketAddress address = server.bind();
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort() + "/?uuidRepresentation=standard")) {
                work.accept(client.getDatabase("cadre-service"));
            }
        } finally {
            server.shutdownNow();
        }
    }
}
