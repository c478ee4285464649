package vn.cadres.infra.mongo;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * One database of the wire server in the H2 file: per collection a map of documents, one map per
 * index and a small map of metadata, with keys and values kept as {@link BsonValues}, and non-unique
 * indexes that answer queries ({@link CompactSecondaryIndex}).
 * <p>
 * A collection created by this version keeps its documents by position, in the order they were
 * inserted, and its {@code _id} index in a map of its own ({@link CompactH2Collection} says why);
 * one written by an earlier version keeps them by id, its {@code _id} index answered by that map
 * ({@link CompactIdIndex}), until it is emptied.
 */
final class CompactH2Database extends AbstractSynchronizedMongoDatabase<Object> {

    private static final String META_PREFIX = "meta.";
    static final String DATABASES_PREFIX = "databases.";
    private static final String INDEX_INFIX = "._index_";

    private final MVStore store;

    CompactH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, cursorRegistry);
        this.store = store;
        initializeNamespacesAndIndexes();
    }

    static <K, V> MVMap<K, V> open(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<K, V>().keyType(BsonValues.INSTANCE).valueType(BsonValues.INSTANCE));
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        if (CompactIdIndex.answers(keys) && !sparse && !collection(collectionName).keptByPosition()) {
            // earlier versions kept a map of their own for it
            String legacy = indexMapName(collectionName, indexName);
            if (store.hasMap(legacy)) {
                store.removeMap(legacy);
            }
            return new CompactIdIndex(open(store, DATABASES_PREFIX + getFullCollectionNamespace(collectionName)),
                    indexName, keys);
        }
        MVMap<KeyValue, Object> map = open(store, indexMapName(collectionName, indexName));
        return new CompactUniqueIndex(map, indexName, keys, sparse);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        MVMap<KeyValue, Object> map = open(store, indexMapName(collectionName, indexName));
        return new CompactSecondaryIndex(map, indexName, keys, sparse, collection(collectionName)::positionOf);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String fullName = getFullCollectionNamespace(collectionName);
        MVMap<Object, Object> documents = open(store, DATABASES_PREFIX + fullName);
        // the metadata map holds a size counter and the layout under string keys: H2's own types suit it
        MVMap<String, Object> meta = store.openMap(META_PREFIX + fullName);
        return new CompactH2Collection(this, collectionName, options, store, documents, meta, cursorRegistry);
    }

    /** A collection of this database, registered before its indexes are opened. */
    private CompactH2Collection collection(String collectionName) {
        return (CompactH2Collection) resolveCollection(collectionName, true);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        store.removeMap(indexMapName(collection.getCollectionName(), indexName));
    }

    @Override
    public void drop(Oplog oplog) {
        super.drop(oplog);
        store.getMapNames().stream()
                .filter(name -> name.startsWith(databaseName + ".") || name.startsWith(DATABASES_PREFIX + databaseName)
                        || name.startsWith(META_PREFIX + databaseName))
                .toList()
                .forEach(store::removeMap);
    }

    @Override
    public void dropCollection(String collectionName, Oplog oplog) {
        super.dropCollection(collectionName, oplog);
        String fullName = getFullCollectionNamespace(collectionName);
        store.removeMap(DATABASES_PREFIX + fullName);
        store.removeMap(META_PREFIX + fullName);
    }

    /** Renames the collection's maps, its index maps too (the stock backend leaves those behind). */
    @Override
    public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
        String oldFullName = collection.getFullName();
        super.moveCollection(oldDatabase, collection, newCollectionName);
        String newFullName = getFullCollectionNamespace(newCollectionName);
        store.renameMap(open(store, DATABASES_PREFIX + oldFullName), DATABASES_PREFIX + newFullName);
        store.renameMap(store.openMap(META_PREFIX + oldFullName), META_PREFIX + newFullName);
        String oldIndexPrefix = oldFullName + INDEX_INFIX;
        for (String name : List.copyOf(store.getMapNames())) {
            if (name.startsWith(oldIndexPrefix)) {
                store.renameMap(open(store, name), newFullName + INDEX_INFIX + name.substring(oldIndexPrefix.length()));
            }
        }
    }

    @Override
    protected long getStorageSize() {
        FileStore<?> fileStore = store.getFileStore();
        return fileStore == null ? 0 : fileStore.size();
    }

    @Override
    protected long getFileSize() {
        return getStorageSize();
    }

    private String indexMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + INDEX_INFIX + indexName;
    }
}
