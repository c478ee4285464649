package vn.cadres.platform.projections;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A read model whose documents are a record's state as its events fold it ({@code S}, a class the
 * service's aggregate and queries use too), stored field for field as JSON would write it, so the
 * read model and the record never disagree on what an event means. Idempotent by record sequence
 * and batched like {@link VersionedDocuments}.
 *
 * @param <S> the state; read and written with the given mapper, unknown fields ignored
 */
public final class StateDocuments<S> {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final VersionedDocuments documents;
    private final ObjectMapper json;
    private final Class<S> type;

    public StateDocuments(MongoCollection<Document> collection, ObjectMapper json, Class<S> type) {
        this.documents = new VersionedDocuments(collection);
        this.json = json;
        this.type = type;
    }

    /** Applies an event to the state of record {@code id} unless it has been applied already. */
    public boolean apply(String id, long sequence, UnaryOperator<S> change) {
        return documents.apply(id, sequence, document -> new Document(json.convertValue(
                change.apply(json.convertValue(document, type)), FIELDS)).append("_id", id));
    }

    /** The states matching {@code filter} (on the stored field names), in ascending order of {@code sortField}. */
    public List<S> find(Bson filter, String sortField) {
        List<S> found = new ArrayList<>();
        documents.collection().find(filter).sort(Sorts.ascending(sortField)).forEach(d -> found.add(state(d)));
        return found;
    }

    public MongoCollection<Document> collection() {
        return documents.collection();
    }

    private S state(Document document) {
        return json.convertValue(document, type);
    }
}
