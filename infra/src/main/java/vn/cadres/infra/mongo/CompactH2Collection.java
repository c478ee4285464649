package vn.cadres.infra.mongo;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.Assert;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A collection of the wire server: its documents in an H2 map by position, numbered in the order
 * they were inserted, each kept as its BSON bytes ({@link EncodedDocument}), encoded once when it is
 * written and decoded when it is read; its {@code _id} index maps each id to its position.
 * <p>
 * H2 writes a B-tree page whole whenever one of its entries changes, at every commit. Kept by id, a
 * read model whose ids are random (event ids, cadre ids) put each new document on a page of older
 * ones, and every commit wrote most of the collection again: a million such documents of 700 bytes
 * took 138 CPU-s and an 11 GB file; in insertion order, 44 CPU-s and 3.4 GB. Only the small entries
 * of the indexes still land at random. A collection written by an earlier version (documents by id,
 * no layout in its metadata) is kept that way until it is emptied.
 * <p>
 * The stock backend keeps the decoded document in the map, so H2 encodes it again every time it
 * writes the page it sits on, and a page is rewritten whole whenever one of its documents changes:
 * a replay inserting documents at random ids re-encoded each document's page neighbours at every
 * commit, half of the wire server's CPU. A map written by the earlier version of this backend holds
 * decoded documents; they are read as they are and re-encoded when next written.
 * <p>
 * A query that reads the whole collection holds on to the version of the store it started from, so
 * that H2 does not reuse the file space of pages the scan has yet to read (without it, a long count
 * under heavy writes failed with "Chunk N not found"); and it says, once per query shape, when such a
 * query reads a large collection because no index answers it: what MongoDB's log calls COLLSCAN.
 */
final class CompactH2Collection extends AbstractSynchronizedMongoCollection<Object> {

    private static final Logger log = LoggerFactory.getLogger(CompactH2Collection.class);
    private static final int LARGE = Integer.getInteger("mongo.scan-report-above", 10_000);
    private static final String DATA_SIZE = "dataSize";
    private static final String ID = "_id";
    private static final String LAYOUT = "layout";
    private static final String BY_POSITION = "documents by position";

    private final Set<String> shapesReported = ConcurrentHashMap.newKeySet();
    private final MVStore store;
    private final MVMap<Object, Object> documents;
    private final MVMap<String, Object> meta;
    private final boolean byPosition;
    private final AtomicLong nextPosition;
    private volatile Index<Object> ids;

    CompactH2Collection(MongoDatabase database, String collectionName, CollectionOptions options, MVStore store,
            MVMap<Object, Object> documents, MVMap<String, Object> meta, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, cursorRegistry);
        this.store = store;
        this.documents = documents;
        this.meta = meta;
        meta.putIfAbsent(DATA_SIZE, 0L);
        if (documents.isEmpty()) {
            meta.put(LAYOUT, BY_POSITION);
        }
        this.byPosition = BY_POSITION.equals(meta.get(LAYOUT));
        this.nextPosition = new AtomicLong(byPosition && !documents.isEmpty()
                ? ((Number) documents.lastKey()).longValue() + 1 : 1);
    }

    /** Whether the documents are kept by position (else by id, as earlier versions kept them). */
    boolean keptByPosition() {
        return byPosition;
    }

    @Override
    protected Object addDocumentInternal(Document document) {
        Object key;
        if (byPosition) {
            key = nextPosition.getAndIncrement();
        } else {
            key = getIdField() == null ? UUID.randomUUID()
                    : Missing.ofNullable(Utils.getSubdocumentValue(document, getIdField()));
        }
        EncodedDocument encoded = EncodedDocument.of(document);
        Object previous = documents.put(key, encoded);
        Assert.isNull(previous, () -> "Document with key '" + key + "' already existed in " + this);
        addDataSize(encoded.size());
        return key;
    }

    /** Where a stored document is: its position, found through the {@code _id} index, or its id. */
    Object positionOf(Document document) {
        return byPosition ? ids.getPosition(document) : Missing.ofNullable(document.get(ID));
    }

    /**
     * Keeps the {@code _id} index last: the collection removes a document from its indexes in their
     * order, and the others find the document's position through this one.
     */
    @Override
    public void addIndex(Index<Object> index) {
        super.addIndex(index);
        List<Index<Object>> indexes = getIndexes();
        indexes.stream().filter(i -> CompactIdIndex.answers(i.getKeys()) && i.isUnique()).findFirst().ifPresent(id -> {
            ids = id;
            indexes.remove(id);
            indexes.add(id);
        });
    }

    /**
     * Answers a {@code $set} of fields on one document by id in the document's stored bytes
     * ({@link SetById}); every other update, and an upsert that finds no document, the general way.
     */
    @Override
    public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
            boolean isMulti, boolean isUpsert, Oplog oplog) {
        SetById set = byPosition && ids != null ? SetById.of(selector, update, arrayFilters, getIndexes()) : null;
        Object position = set == null ? null : ids.getPosition(set.selector());
        byte[] stored = position != null && documents.get(position) instanceof EncodedDocument encoded ? encoded.bson() : null;
        byte[] updated = stored == null ? null : set.applyTo(stored);
        if (updated == null) {
            return super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog);
        }
        boolean changed = updated != stored;
        if (changed) {
            documents.put(position, new EncodedDocument(updated));
            addDataSize(updated.length - stored.length);
        }
        oplog.handleUpdate(getFullName(), selector, update, changed ? List.of(set.id()) : List.of());
        return new Document("n", 1).append("nModified", changed ? 1 : 0);
    }

    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        EncodedDocument encoded = EncodedDocument.of(newDocument);
        Object previous = documents.put(Missing.ofNullable(position), encoded);
        addDataSize(encoded.size() - EncodedDocument.sizeOf(previous));
    }

    @Override
    protected void removeDocument(Object position) {
        Object removed = documents.remove(position);
        if (removed == null) {
            throw new NoSuchElementException("No document with key " + position);
        }
        addDataSize(-EncodedDocument.sizeOf(removed));
    }

    @Override
    protected Document getDocument(Object position) {
        return EncodedDocument.decode(documents.get(position));
    }

    /** Sizes are those of the encoded bytes, counted where they are at hand rather than by encoding again. */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected void updateDataSize(int sizeDelta) {
        addDataSize(sizeDelta);
    }

    private void addDataSize(long delta) {
        if (delta != 0) {
            synchronized (meta) {
                meta.put(DATA_SIZE, ((Number) meta.get(DATA_SIZE)).longValue() + delta);
            }
        }
    }

    @Override
    protected int getDataSize() {
        return ((Number) meta.get(DATA_SIZE)).intValue();
    }

    @Override
    public int count() {
        return documents.size();
    }

    @Override
    public boolean isEmpty() {
        return documents.isEmpty();
    }

    @Override
    protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
        return documents.entrySet().stream()
                .map(entry -> new DocumentWithPosition<>(EncodedDocument.decode(entry.getValue()), entry.getKey()));
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
            Stream<Document> all = isNaturalDescending(orderBy)
                    ? streamAllDocumentsWithPosition()
                            .sorted((a, b) -> ValueComparator.desc().compare(a.getPosition(), b.getPosition()))
                            .map(DocumentWithPosition::getDocument)
                    : documents.values().stream().map(EncodedDocument::decode);
            return matchDocumentsFromStream(all, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        } finally {
            store.deregisterVersionUsage(reading);
        }
    }
}
