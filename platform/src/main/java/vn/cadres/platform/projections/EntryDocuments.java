package vn.cadres.platform.projections;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;

/**
 * A read model with one document per subject (a cadre) gathering one entry per event about it,
 * keyed by the event's id under {@value #ENTRIES}: an event delivered or replayed twice sets the same
 * entry again, so nothing needs reading first, and a subject's entries are read with one lookup by
 * id. Within a batch of events a subject's new entries are written with one update, the batch's
 * updates with one bulk write (see {@link ReadModelBatch}).
 */
public final class EntryDocuments {

    /** The field holding a subject's entries, each under its event's id. */
    public static final String ENTRIES = "entries";

    private final MongoCollection<Document> collection;

    public EntryDocuments(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    /** Sets the entry of event {@code eventId} in the document of {@code subjectId}, creating it if needed. */
    public void put(String subjectId, String eventId, Document entry) {
        PendingEntries batch = ReadModelBatch.entriesOf(collection);
        if (batch != null) {
            batch.put(subjectId, eventId, entry);
        } else {
            collection.updateOne(eq("_id", subjectId), new Document("$set", new Document(field(eventId), entry)),
                    new UpdateOptions().upsert(true));
        }
    }

    static String field(String eventId) {
        return ENTRIES + "." + eventId;
    }

    public MongoCollection<Document> collection() {
        return collection;
    }
}
