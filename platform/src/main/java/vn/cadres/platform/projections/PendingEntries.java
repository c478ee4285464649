package vn.cadres.platform.projections;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The entries a batch of events adds to the subjects of an {@link EntryDocuments} read model: one
 * upsert per subject setting all its new entries, all in one bulk write when the batch has been
 * handled. Nothing is read: an entry set twice is the same entry.
 */
final class PendingEntries implements PendingBatchWrites {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> collection;
    private final Map<String, Document> entriesBySubject = new LinkedHashMap<>();

    PendingEntries(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    void put(String subjectId, String eventId, Document entry) {
        entriesBySubject.computeIfAbsent(subjectId, id -> new Document()).put(EntryDocuments.field(eventId), entry);
    }

    @Override
    public void flush() {
        if (entriesBySubject.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>(entriesBySubject.size());
        entriesBySubject.forEach((subjectId, entries) ->
                writes.add(new UpdateOneModel<>(eq("_id", subjectId), RawDocuments.of(new Document("$set", entries)),
                        UPSERT)));
        collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        entriesBySubject.clear();
    }
}
