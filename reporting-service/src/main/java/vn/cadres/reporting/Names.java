package vn.cadres.reporting;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadres.platform.projections.ReadModels;
import vn.cadres.reporting.pool.PoolProjection;
import vn.cadres.reporting.roster.CadreRosterProjection;

/** The names reports show for ids: cadres from the roster, units from the pool's units. */
@Component
public class Names {

    private final ReadModels readModels;

    Names(ReadModels readModels) {
        this.readModels = readModels;
    }

    public Map<String, String> cadres(Collection<String> ids) {
        return names(readModels.reading(CadreRosterProjection.COLLECTION), ids, "fullName");
    }

    public Map<String, String> units(Collection<String> ids) {
        return names(readModels.reading(PoolProjection.UNITS), ids, "name");
    }

    private static Map<String, String> names(MongoCollection<Document> collection, Collection<String> ids,
                                             String field) {
        Map<String, String> names = new HashMap<>();
        collection.find(in("_id", ids)).forEach(d -> names.put(d.getString("_id"), d.getString(field)));
        return names;
    }
}
