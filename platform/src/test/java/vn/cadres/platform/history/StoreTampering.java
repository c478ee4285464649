package vn.cadres.platform.history;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

/**
 * What someone with write access to MongoDB could do behind the services' back: change an event
 * stored inside a commit document, in place.
 */
final class StoreTampering {

    private StoreTampering() {
    }

    /** Sets {@code field} of event {@code sequence} in the commit that starts at {@code firstSequence}. */
    static void edit(MongoDatabase database, String recordId, long firstSequence, long sequence, String field,
                     Object value) {
        long updated = database.getCollection("events").updateOne(eq("_id", recordId + "/" + firstSequence),
                Updates.set("events." + (sequence - firstSequence) + "." + field, value)).getModifiedCount();
        if (updated != 1) {
            throw new IllegalStateException("no commit " + recordId + "/" + firstSequence + " to edit");
        }
    }
}
