package vn.cadres.reporting.table;

import static com.mongodb.client.model.Filters.regex;

import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.cadres.contracts.SearchName;

/**
 * The two fields a read model keeps beside a person's {@code fullName} so that the database sorts
 * and searches its tables: the name's key in Vietnamese order and the name without diacritics.
 */
public final class NameFields {

    /** The name's key in Vietnamese order ({@link VietnameseOrder}). */
    public static final String NAME_KEY = "nameKey";
    /** The name without diacritics ({@link SearchName}). */
    public static final String SEARCH_NAME = "searchName";

    private NameFields() {
    }

    /** The document with both fields made from its {@code fullName}, kept with the name they are made from. */
    public static Document named(Document person) {
        return person.append(NAME_KEY, VietnameseOrder.key(person.getString("fullName")))
                .append(SEARCH_NAME, SearchName.of(person.getString("fullName")));
    }

    /** The people whose name contains {@code q}, typed with or without diacritics. */
    public static Bson nameContains(String q) {
        return regex(SEARCH_NAME, Pattern.quote(SearchName.of(q)));
    }
}
