package vn.cadres.platform.projections;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * The documents of one read-model collection that a batch of events reads and changes: read once
 * for the whole batch, written once with one bulk write when the batch has been handled. A
 * document the batch found missing is inserted, one it read is replaced; nothing is upserted, as
 * only the collection's processor writes it (and the wire server's upsert costs a second lookup).
 */
final class PendingWrites implements PendingBatchWrites {

    private final MongoCollection<Document> collection;
    private final Map<String, Document> read = new HashMap<>();
    private final Set<String> stored = new HashSet<>();
    private final Map<String, Document> changed = new LinkedHashMap<>();

    private PendingWrites(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    /** Documents that each follow a record: those of {@code likelyIds} (the records of the batch) read in one query. */
    static PendingWrites ofRecords(MongoCollection<Document> collection, Collection<String> likelyIds) {
        PendingWrites writes = new PendingWrites(collection);
        if (!likelyIds.isEmpty()) {
            for (Document document : collection.find(in("_id", likelyIds))) {
                writes.read.put(document.getString("_id"), document);
                writes.stored.add(document.getString("_id"));
            }
            likelyIds.forEach(id -> writes.read.putIfAbsent(id, null));
        }
        return writes;
    }

    Document current(String id) {
        if (!read.containsKey(id)) {
            Document document = collection.find(eq("_id", id)).first();
            read.put(id, document);
            if (document != null) {
                stored.add(id);
            }
        }
        return read.get(id);
    }

    void put(String id, Document next) {
        changed.put(id, next);
        read.put(id, next);
    }

    @Override
    public void flush() {
        if (changed.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(changed.size());
        changed.forEach((id, document) -> writes.add(stored.contains(id)
                ? new ReplaceOneModel<>(eq("_id", id), document) : new InsertOneModel<>(document)));
        collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        stored.addAll(changed.keySet());
        changed.clear();
    }
}
