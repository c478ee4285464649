package vn.cadres.platform.projections;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.util.function.UnaryOperator;
import org.bson.Document;

/**
 * Read-model documents that each follow one record's history and remember the sequence of the last
 * event applied to them, so a redelivered or replayed event changes nothing twice. Relies on one
 * handler thread per record, which Kafka partitioning by record id and a claimed token provide.
 * Within a batch of events, documents are read once and written once (see {@link ReadModelBatch}).
 */
public final class VersionedDocuments {

    /** The field that holds the sequence of the last applied event. */
    public static final String VERSION = "_version";

    private final MongoCollection<Document> collection;

    public VersionedDocuments(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    /**
     * Applies an event to the document of its record unless it has been applied already.
     *
     * @param change turns the current document (empty for a new one) into the next one
     * @return false when the event had been applied before
     */
    public boolean apply(String id, long sequence, UnaryOperator<Document> change) {
        PendingWrites batch = ReadModelBatch.ofRecords(collection);
        Document current = batch != null ? batch.current(id) : collection.find(eq("_id", id)).first();
        if (current != null && current.get(VERSION, -1L) >= sequence) {
            return false;
        }
        Document next = change.apply(current == null ? new Document("_id", id) : current);
        next.put(VERSION, sequence);
        if (batch != null) {
            batch.put(id, next);
        } else {
            collection.replaceOne(eq("_id", id), next, new ReplaceOptions().upsert(true));
        }
        return true;
    }

    public MongoCollection<Document> collection() {
        return collection;
    }
}
