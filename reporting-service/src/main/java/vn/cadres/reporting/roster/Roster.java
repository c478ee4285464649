package vn.cadres.reporting.roster;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.projections.ReadModels;
import vn.cadres.reporting.table.NameFields;
import vn.cadres.reporting.table.Page;
import vn.cadres.reporting.table.PageRequest;
import vn.cadres.reporting.table.PersonalDetails;

/**
 * The roster as a table: filtered, sorted and paged by the database, names in Vietnamese order; and
 * the name search other tables filter by (the cadres whose name contains what was typed, diacritics
 * or not).
 */
@Component
public class Roster {

    /** The sortable columns, the default first. */
    public static final List<String> COLUMNS = List.of("name", "managedSince", PersonalDetails.BIRTH_DATE);
    private static final Map<String, String> FIELDS = Map.of("name", NameFields.NAME_KEY,
            "managedSince", "managedSince", PersonalDetails.BIRTH_DATE, "birthDate");

    private final ReadModels readModels;

    Roster(ReadModels readModels) {
        this.readModels = readModels;
    }

    private MongoCollection<Document> roster() {
        return readModels.reading(CadreRosterProjection.COLLECTION);
    }

    /** @param province null for every province */
    public Page<Document> page(ProvinceCode province, String q, PageRequest request) {
        List<Bson> conditions = new ArrayList<>();
        if (province != null) {
            conditions.add(eq("province", province.value()));
        }
        if (q != null && !q.isBlank()) {
            conditions.add(NameFields.nameContains(q));
        }
        Bson filter = conditions.isEmpty() ? new Document() : and(conditions);
        FindIterable<Document> found = roster().find(filter).sort(request.sort(FIELDS));
        if (request.everyRow()) {
            List<Document> all = found.into(new ArrayList<>());
            return request.of(all, all.size());
        }
        List<Document> rows = found.skip(request.offset()).limit(request.size()).into(new ArrayList<>());
        return request.of(rows, roster().countDocuments(filter));
    }

    /** The ids of the cadres whose name contains {@code q}, read without diacritics, in any province. */
    public List<String> idsNamed(String q) {
        return roster().find(NameFields.nameContains(q)).projection(Projections.include("_id"))
                .map(d -> d.getString("_id")).into(new ArrayList<>());
    }
}
