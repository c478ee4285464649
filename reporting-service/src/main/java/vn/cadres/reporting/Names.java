package vn.cadres.reporting;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The names reports show for ids: cadres from the roster, units from the pool's units. */
@Component
public class Names {

    private final MongoCollection<Document> cadres;
    private final MongoCollection<Document> units;

    Names(MongoDatabase database) {
        this.cadres = database.getCollection("cadre_roster");
        this.units = database.getCollection("pool_units");
    }

    public Map<String, String> cadres(Collection<String> ids) {
        return names(cadres, ids, "fullName");
    }

    public Map<String, String> units(Collection<String> ids) {
        return names(units, ids, "name");
    }

    private static Map<String, String> names(MongoCollection<Document> collection, Collection<String> ids,
                                             String field) {
        Map<String, String> names = new HashMap<>();
        collection.find(in("_id", ids)).forEach(d -> names.put(d.getString("_id"), d.getString(field)));
        return names;
    }
}
