package vn.cadres.infra.mongo;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A collection of the wire server. A query that reads the whole collection holds on to the version
 * of the store it started from, so that H2 does not reuse the file space of pages the scan has yet
 * to read (without it, a long count under heavy writes failed with "Chunk N not found"); and it
 * says, once per query shape, when such a query reads a large collection because no index answers
 * it: what MongoDB's log calls COLLSCAN.
 */
final class CompactH2Collection extends H2Collection {

    private static final Logger log = LoggerFactory.getLogger(CompactH2Collection.class);
    private static final int LARGE = Integer.getInteger("mongo.scan-report-above", 10_000);

    private final Set<String> shapesReported = ConcurrentHashMap.newKeySet();
    private final MVStore store;

    CompactH2Collection(MongoDatabase database, String collectionName, CollectionOptions options, MVStore store,
            MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, documents, meta, cursorRegistry);
        this.store = store;
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
            Document fieldSelector) {
        if (!query.isEmpty() && count() > LARGE) {
            String shape = query.keySet().toString();
            if (shapesReported.add(shape)) {
                log.warn("{}: a query on {} reads all {} documents (no index answers it)", getFullName(), shape, count());
            }
        }
        MVStore.TxCounter reading = store.registerVersionUsage();
        try {
            return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        } finally {
            store.deregisterVersionUsage(reading);
        }
    }
}
