package vn.cadres.infra.mongo;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.List;
import java.util.Map.Entry;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * The {@code _id} index of a collection, answered by the collection's own map of documents by id:
 * a document's position is its id, so a separate map from id to id would only double the work of
 * every insert and every page write.
 */
final class CompactIdIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<Object, Object> documents;

    CompactIdIndex(MVMap<Object, Object> documents, String name, List<IndexKey> keys) {
        super(name, keys, false);
        this.documents = documents;
    }

    static boolean answers(List<IndexKey> keys) {
        return keys.size() == 1 && keys.getFirst().getKey().equals("_id");
    }

    @Override
    protected Object getPosition(KeyValue key) {
        Object id = key.get(0);
        return documents.containsKey(id) ? id : null;
    }

    /**
     * Called once the collection has put the document under its id (uniqueness was checked before,
     * by {@link #checkAdd}): the index has nothing left to keep.
     */
    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return true;
    }

    /** The collection removes the document from its map itself. */
    @Override
    protected Object removeDocument(KeyValue key) {
        return key.get(0);
    }

    @Override
    protected Iterable<Entry<KeyValue, Object>> getIterable() {
        return () -> documents.keyList().stream()
                .<Entry<KeyValue, Object>>map(id -> new SimpleImmutableEntry<>(new KeyValue(id), id)).iterator();
    }

    @Override
    public long getCount() {
        return documents.sizeAsLong();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
