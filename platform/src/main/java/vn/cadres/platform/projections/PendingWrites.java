package vn.cadres.platform.projections;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The documents of one read-model collection that a batch of events reads and changes: read once
 * for the whole batch, written once with one bulk write when the batch has been handled.
 */
final class PendingWrites {

    private final MongoCollection<Document> collection;
    private final Map<String, Document> read = new HashMap<>();
    private final Map<String, Document> changed = new LinkedHashMap<>();

    /** Reads the documents of {@code likelyIds} (the records of the batch) in one query. */
    PendingWrites(MongoCollection<Document> collection, Collection<String> likelyIds) {
        this.collection = collection;
        if (!likelyIds.isEmpty()) {
            for (Document document : collection.find(in("_id", likelyIds))) {
                read.put(document.getString("_id"), document);
            }
            likelyIds.forEach(id -> read.putIfAbsent(id, null));
        }
    }

    Document current(String id) {
        if (!read.containsKey(id)) {
            read.put(id, collection.find(eq("_id", id)).first());
        }
        return read.get(id);
    }

    void put(String id, Document next) {
        read.put(id, next);
        changed.put(id, next);
    }

    void flush() {
        if (changed.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(changed.size());
        changed.forEach((id, document) -> writes.add(
                new ReplaceOneModel<>(eq("_id", id), document, new ReplaceOptions().upsert(true))));
        collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        changed.clear();
    }
}
