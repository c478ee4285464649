package vn.cadres.infra.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * An update that sets fields of the one document with a given {@code _id}: {@code {_id: id}} with
 * {@code {$set: {path: value, ...}}}, the update a read model makes to add entries to a subject's
 * document. mongo-java-server answers every update by querying, copying the document deeply,
 * applying the operators to the copy and comparing the whole of both: for a document that grows
 * with every event, three quarters of the wire server's work in a rebuild of such a read model. This
 * adds the fields to the document's stored bytes instead ({@link BsonSplice}).
 * <p>
 * Only the plain case is taken: an id that is a string or an object id, paths of named fields
 * (no operators, no array positions, none a prefix of another), no index over any of them, no
 * array filters; a field missing or holding that very value. Anything else (a path that meets a
 * value which is not a document, a field that holds another value) is left to the general update,
 * so every answer and every error stays mongo-java-server's.
 */
final class SetById {

    private static final String ID = "_id";
    private static final String SET = "$set";

    private final Object id;
    private final List<Field> fields;

    private SetById(Object id, List<Field> fields) {
        this.id = id;
        this.fields = fields;
    }

    /** The update as fields set on one document by id, or null when it is not that plain case. */
    static SetById of(Document selector, Document update, ArrayFilters arrayFilters, List<? extends Index<?>> indexes) {
        Object id = selector.get(ID);
        if (selector.size() != 1 || !(id instanceof String || id instanceof ObjectId) || update.size() != 1
                || !(update.get(SET) instanceof Document set) || set.isEmpty() || !arrayFilters.isEmpty()) {
            return null;
        }
        List<String> indexed = indexes.stream().flatMap(index -> index.getKeys().stream()).map(IndexKey::getKey).toList();
        List<Field> fields = new ArrayList<>(set.size());
        for (Map.Entry<String, Object> entry : set.entrySet()) {
            String path = entry.getKey();
            String[] segments = path.split("\\.", -1);
            if (!plain(segments) || fields.stream().anyMatch(field -> overlap(field.path, path))
                    || indexed.stream().anyMatch(key -> key.startsWith("$") || overlap(key, path))) {
                return null;
            }
            fields.add(new Field(path, segments, entry.getValue()));
        }
        return new SetById(id, fields);
    }

    /** The selector that finds the document in the {@code _id} index. */
    Document selector() {
        return new Document(ID, id);
    }

    Object id() {
        return id;
    }

    /**
     * Sets the fields in a stored document's bytes ({@link BsonSplice}).
     *
     * @return the document's new bytes, the same array when every field held its value already, or
     *         null when the general update must answer: a path meets a value that is not a document,
     *         or a field holds another value
     */
    byte[] applyTo(byte[] document) {
        byte[] result = document;
        for (Field field : fields) {
            result = BsonSplice.set(result, field.segments, field.value);
            if (result == null) {
                return null;
            }
        }
        return result;
    }

    /** Named fields only: no operator, no array position, no empty name, not the id. */
    private static boolean plain(String[] segments) {
        if (segments[0].equals(ID)) {
            return false;
        }
        for (String segment : segments) {
            if (segment.isEmpty() || segment.startsWith("$") || segment.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the two paths are one field or one is inside the other. */
    private static boolean overlap(String a, String b) {
        return a.equals(b) || a.startsWith(b + ".") || b.startsWith(a + ".");
    }

    private record Field(String path, String[] segments, Object value) {
    }
}
