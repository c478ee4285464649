package vn.cadres.platform.projections;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;

/**
 * The read-model collections of each event processor, and which copy readers are served. While a
 * processor rebuilds its read models from the first event (a replay), readers are served a copy of
 * them as they stood when the replay began, so a dashboard keeps showing whole figures; once the
 * replay has caught up, readers are switched back to the rebuilt collections and the copies go.
 * A replay in progress is remembered in {@value #REPLAYS}, so a restart keeps serving the copies.
 */
public class ReadModels {

    static final String REPLAYS = "read_model_replays";
    static final String PREVIOUS = "_previous";
    private static final int COPY_BATCH = 1_000;

    private final MongoDatabase database;
    private final Map<String, List<String>> collectionsByProcessor = new ConcurrentHashMap<>();
    private final Set<String> servedFromCopy = ConcurrentHashMap.newKeySet();

    public ReadModels(MongoDatabase database) {
        this.database = database;
        for (Document replay : database.getCollection(REPLAYS).find()) {
            servedFromCopy.addAll(replay.getList("collections", String.class, List.of()));
        }
    }

    /** The collection a projection of {@code processor} writes, declared so that a replay copies it first. */
    public MongoCollection<Document> writing(String processor, String collection) {
        collectionsByProcessor.computeIfAbsent(processor, p -> new CopyOnWriteArrayList<>()).add(collection);
        return database.getCollection(collection);
    }

    /** The collection readers are served now: the live one, or during a replay the copy of before it. */
    public MongoCollection<Document> reading(String collection) {
        return database.getCollection(servedFromCopy.contains(collection) ? collection + PREVIOUS : collection);
    }

    /**
     * Copies the processor's collections as they stand and serves readers the copies from now on;
     * call with the processor stopped, before its tokens are reset.
     *
     * @param reached where the processor stood, source by source: the rebuild has caught up when it is back there
     */
    public void beginReplay(String processor, Map<String, Long> reached) {
        List<String> collections = collectionsByProcessor.getOrDefault(processor, List.of());
        for (String collection : collections) {
            copy(collection, collection + PREVIOUS);
        }
        database.getCollection(REPLAYS).replaceOne(eq("_id", processor), new Document("_id", processor)
                .append("collections", collections).append("reached", new Document(new LinkedHashMap<String, Object>(reached)))
                .append("startedAt", Instant.now().toString()),
                new ReplaceOptions().upsert(true));
        servedFromCopy.addAll(collections);
    }

    /** The processors with a replay under way, with where each must reach again, source by source. */
    public Map<String, Map<String, Long>> replaying() {
        Map<String, Map<String, Long>> processors = new LinkedHashMap<>();
        database.getCollection(REPLAYS).find().forEach(replay -> {
            Map<String, Long> reached = new LinkedHashMap<>();
            replay.get("reached", new Document()).forEach((source, offset) -> reached.put(source,
                    ((Number) offset).longValue()));
            processors.put(replay.getString("_id"), reached);
        });
        return processors;
    }

    /** Serves readers the rebuilt collections again and drops the copies. */
    public void endReplay(String processor) {
        Document replay = database.getCollection(REPLAYS).find(eq("_id", processor)).first();
        List<String> collections = replay == null ? List.of() : replay.getList("collections", String.class);
        collections.forEach(servedFromCopy::remove);
        collections.forEach(collection -> database.getCollection(collection + PREVIOUS).drop());
        database.getCollection(REPLAYS).deleteOne(eq("_id", processor));
    }

    private void copy(String from, String to) {
        MongoCollection<Document> target = database.getCollection(to);
        target.drop();
        List<Document> batch = new ArrayList<>(COPY_BATCH);
        for (Document document : database.getCollection(from).find().batchSize(COPY_BATCH)) {
            batch.add(document);
            if (batch.size() == COPY_BATCH) {
                target.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            target.insertMany(batch);
        }
    }
}
