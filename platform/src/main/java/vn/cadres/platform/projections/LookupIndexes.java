package vn.cadres.platform.projections;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import java.util.List;
import org.bson.Document;

/** The fields a read model's readers look documents up by, each with an ascending index of its own. */
public final class LookupIndexes {

    private LookupIndexes() {
    }

    public static void on(MongoCollection<Document> collection, String... fields) {
        on(collection, List.of(fields));
    }

    static void on(MongoCollection<Document> collection, List<String> fields) {
        for (String field : fields) {
            collection.createIndex(Indexes.ascending(field));
        }
    }
}
