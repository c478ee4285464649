package vn.cadres.infra.mongo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * A non-unique index of the wire server, which mongo-java-server itself only accepts and ignores
 * (every query on the field then reads the whole collection). Each entry is the document's key
 * values followed by its position in the collection, so equal keys of different documents stay
 * apart and a lookup is a range of the B-tree.
 * <p>
 * It answers equality and {@code $in} on a leading run of the index's fields, alone or in a
 * top-level {@code $and}: it gives the documents that may match, and the collection still applies
 * the whole query to each, as it does after any index.
 */
final class CompactSecondaryIndex extends Index<Object> {

    private static final String AND = "$and";
    private static final String IN = "$in";
    private static final Boolean PRESENT = Boolean.TRUE;

    private final MVMap<KeyValue, Object> map;
    private final Function<Document, Object> positionOf;

    /** @param positionOf where the collection keeps a stored document */
    CompactSecondaryIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse,
                          Function<Document, Object> positionOf) {
        super(name, keys, sparse);
        this.map = map;
        this.positionOf = positionOf;
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        for (KeyValue key : entries(document, position)) {
            map.put(key, PRESENT);
        }
    }

    @Override
    public Object remove(Document document) {
        Object position = positionOf.apply(document);
        for (KeyValue key : entries(document, position)) {
            map.remove(key);
        }
        return position;
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
            MongoCollection<Object> collection) {
        if (!nullAwareEqualsKeys(oldDocument, newDocument)) {
            entries(oldDocument, position).forEach(map::remove);
            add(newDocument, position, collection);
        }
    }

    @Override
    public boolean canHandle(Document query) {
        return !prefixes(query).isEmpty();
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        Set<Object> positions = new LinkedHashSet<>();
        for (List<Object> prefix : prefixes(query)) {
            List<Object> from = new ArrayList<>(prefix);
            from.add(MinKey.getInstance());
            Cursor<KeyValue, Object> cursor = map.cursor(new KeyValue(from));
            while (cursor.hasNext()) {
                KeyValue key = cursor.next();
                if (!startsWith(key, prefix)) {
                    break;
                }
                positions.add(key.get(key.size() - 1));
            }
        }
        return positions;
    }

    /**
     * The key prefixes the query asks for: the values of the longest leading run of this index's
     * fields that the query pins to a value (several prefixes for an {@code $in}); none when the
     * query does not pin the first field.
     */
    private List<List<Object>> prefixes(Document query) {
        Map<String, Object> pinned = new HashMap<>();
        collectPinned(query, pinned);
        List<List<Object>> prefixes = new ArrayList<>();
        prefixes.add(List.of());
        for (String field : keys()) {
            Object condition = pinned.get(field);
            if (condition == null) {
                break;
            }
            Collection<?> values = condition instanceof Document in ? (Collection<?>) in.get(IN) : List.of(condition);
            List<List<Object>> longer = new ArrayList<>();
            for (List<Object> prefix : prefixes) {
                for (Object value : values) {
                    List<Object> extended = new ArrayList<>(prefix);
                    extended.add(normalized(value));
                    longer.add(extended);
                }
            }
            prefixes = longer;
        }
        return prefixes.get(0).isEmpty() ? List.of() : prefixes;
    }

    /** Field conditions that pin a value: {@code field: value} or {@code field: {$in: [...]}}, also inside {@code $and}. */
    private static void collectPinned(Document query, Map<String, Object> pinned) {
        for (Map.Entry<String, Object> condition : query.entrySet()) {
            String field = condition.getKey();
            Object value = condition.getValue();
            if (field.equals(AND) && value instanceof Collection<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Document document) {
                        collectPinned(document, pinned);
                    }
                }
            } else if (!field.startsWith("$") && pinsAValue(value)) {
                pinned.putIfAbsent(field, value);
            }
        }
    }

    private static boolean pinsAValue(Object value) {
        if (value instanceof Document document) {
            return document.size() == 1 && document.get(IN) instanceof Collection<?> values && !values.isEmpty()
                    && values.stream().allMatch(CompactSecondaryIndex::isPlainValue);
        }
        return isPlainValue(value);
    }

    /** A scalar an index entry can equal; not null (it also matches a missing field), a list or a pattern. */
    private static boolean isPlainValue(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Instant || value instanceof UUID || value instanceof ObjectId;
    }

    /** A query value as index entries hold it (numbers as doubles...); mongo-java-server keeps its normaliser package-private. */
    private static Object normalized(Object value) {
        return new KeyValue(value).normalized().get(0);
    }

    private static boolean startsWith(KeyValue key, List<Object> prefix) {
        for (int i = 0; i < prefix.size(); i++) {
            if (BsonValues.INSTANCE.compare(key.get(i), prefix.get(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The document's entries; a sparse index keeps those without the fields too (no lookup asks for them). */
    private List<KeyValue> entries(Document document, Object position) {
        List<KeyValue> entries = new ArrayList<>();
        for (KeyValue key : getKeyValues(document)) {
            List<Object> parts = new ArrayList<>(key.size() + 1);
            key.forEach(parts::add);
            parts.add(position);
            entries.add(new KeyValue(parts));
        }
        return entries;
    }

    @Override
    public Object getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // not unique: any document may be added
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // not unique: any change may be made
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        map.clear();
    }
}
