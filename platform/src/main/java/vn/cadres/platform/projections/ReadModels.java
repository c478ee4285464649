package vn.cadres.platform.projections;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.bson.Document;

/**
 * The read-model collections of each event processor, and which of them readers are served. While a
 * processor rebuilds its read models from the first event (a replay), readers are served them as
 * they stood when the replay began (set aside under another name), so a dashboard keeps showing whole figures; once the
 * replay has caught up, readers are switched back to the rebuilt collections and the copies go.
 * A replay in progress is remembered in {@value #REPLAYS}, so a restart keeps serving the copies.
 */
public class ReadModels {

    static final String REPLAYS = "read_model_replays";
    static final String PREVIOUS = "_previous";

    private final MongoDatabase database;
    private final UnaryOperator<String> processorOf;
    private final Map<String, List<String>> collectionsByProcessor = new ConcurrentHashMap<>();
    private final Map<String, List<String>> indexes = new ConcurrentHashMap<>();
    private final Set<String> servedSetAside = ConcurrentHashMap.newKeySet();

    /** @param processorOf the processor that runs a processing group */
    public ReadModels(MongoDatabase database, UnaryOperator<String> processorOf) {
        this.database = database;
        this.processorOf = processorOf;
        for (Document replay : database.getCollection(REPLAYS).find()) {
            servedSetAside.addAll(replay.getList("collections", String.class, List.of()));
        }
    }

    /**
     * The collection a projection of processing group {@code group} writes, declared so that a replay
     * of the group's processor sets it aside first, with an ascending index on each of
     * {@code indexedFields} (the fields its readers look documents up by), which the rebuilt
     * collection gets again.
     */
    public MongoCollection<Document> writing(String group, String collection, String... indexedFields) {
        collectionsByProcessor.computeIfAbsent(processorOf.apply(group), p -> new CopyOnWriteArrayList<>()).add(collection);
        indexes.put(collection, List.of(indexedFields));
        MongoCollection<Document> written = database.getCollection(collection);
        LookupIndexes.on(written, indexedFields);
        return written;
    }

    /**
     * Drops the collections of a read model no processor writes any more (replaced by one of another
     * shape, under another name and processor that builds it from the first event), if they are
     * still there, the copy a replay set aside included.
     */
    public void retire(String... collections) {
        Set<String> existing = database.listCollectionNames().into(new HashSet<>());
        for (String collection : collections) {
            for (String name : List.of(collection, collection + PREVIOUS)) {
                if (existing.contains(name)) {
                    database.getCollection(name).drop();
                }
            }
        }
    }

    /** True when {@code processor} declared the collections it writes, so a replay sets them aside. */
    public boolean setsAside(String processor) {
        return !collectionsByProcessor.getOrDefault(processor, List.of()).isEmpty();
    }

    /** The collection readers are served now: the live one, or during a replay the one set aside before it. */
    public MongoCollection<Document> reading(String collection) {
        return database.getCollection(servedSetAside.contains(collection) ? collection + PREVIOUS : collection);
    }

    /**
     * Sets the processor's collections aside as they stand (renamed, so it takes no time whatever
     * their size) and serves readers those from now on; the processor then rebuilds into empty
     * collections of the usual names. Call with the processor stopped, before its tokens are reset.
     *
     * @param reached where the processor stood, source by source: the rebuild has caught up when it is back there
     */
    public void beginReplay(String processor, Map<String, Long> reached) {
        List<String> collections = collectionsByProcessor.getOrDefault(processor, List.of());
        Set<String> existing = database.listCollectionNames().into(new HashSet<>());
        for (String collection : collections) {
            if (existing.contains(collection + PREVIOUS)) {
                database.getCollection(collection + PREVIOUS).drop();
            }
            if (existing.contains(collection)) {
                database.getCollection(collection).renameCollection(
                        new MongoNamespace(database.getName(), collection + PREVIOUS));
            }
            LookupIndexes.on(database.getCollection(collection), indexes.getOrDefault(collection, List.of()));
        }
        database.getCollection(REPLAYS).replaceOne(eq("_id", processor), new Document("_id", processor)
                .append("collections", collections).append("reached", new Document(new LinkedHashMap<String, Object>(reached)))
                .append("startedAt", Instant.now().toString()),
                new ReplaceOptions().upsert(true));
        servedSetAside.addAll(collections);
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

    /** Serves readers the rebuilt collections again and drops the ones set aside. */
    public void endReplay(String processor) {
        Document replay = database.getCollection(REPLAYS).find(eq("_id", processor)).first();
        List<String> collections = replay == null ? List.of() : replay.getList("collections", String.class);
        collections.forEach(servedSetAside::remove);
        collections.forEach(collection -> database.getCollection(collection + PREVIOUS).drop());
        database.getCollection(REPLAYS).deleteOne(eq("_id", processor));
    }
}
