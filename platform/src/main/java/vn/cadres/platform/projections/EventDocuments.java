package vn.cadres.platform.projections;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

/**
 * A read model with one document per event, keyed by the event's id: an event delivered or replayed
 * twice writes the same document again, so nothing needs reading first. Within a batch of events the
 * documents are written with one bulk write (see {@link ReadModelBatch}).
 */
public final class EventDocuments {

    private final MongoCollection<Document> collection;

    public EventDocuments(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    public void put(String eventId, Document document) {
        Document next = document.append("_id", eventId);
        PendingWrites batch = ReadModelBatch.ofEvents(collection);
        if (batch != null) {
            batch.put(eventId, next);
        } else {
            collection.replaceOne(eq("_id", eventId), next, new ReplaceOptions().upsert(true));
        }
    }

    public MongoCollection<Document> collection() {
        return collection;
    }
}
