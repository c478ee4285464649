package vn.cadres.platform.eventstore;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.bson.Document;
import vn.cadres.contracts.EventEnvelope;

/**
 * A service's event store in MongoDB, without multi-document transactions, which a standalone
 * MongoDB and the embedded wire server both lack.
 * <ul>
 *   <li>A commit (the events of one command for one record) is one document: all or nothing.</li>
 *   <li>Its {@code _id} is {@code aggregateId/firstSeq}: a second writer of the same sequence gets a
 *       duplicate key, which is the optimistic concurrency check.</li>
 *   <li>Global positions are allocated from a counter before the insert. A writer that dies in between
 *       leaves a gap, and a slow writer fills its positions late; readers therefore track gaps
 *       ({@link GapAwareTrackingToken}) and look at them again until they are filled or too old.</li>
 *   <li>Every read is a lookup of known keys ({@code $in} on a unique index), never a range scan, so
 *       its cost does not grow with the size of the store.</li>
 * </ul>
 */
public class EventLog {

    static final String COMMITS = "events";
    static final String COUNTERS = "counters";
    private static final String POSITIONS = "positions";
    private static final String ALLOCATED = "allocated";
    /** How many commits before a record's next sequence are looked at to find its previous hash. */
    private static final int LOOKBACK = 16;
    /** Positions beyond the head this process knows of that a reader also looks at: other instances' appends. */
    private static final int BEYOND_KNOWN_HEAD = 64;
    private static final long UNKNOWN = Long.MIN_VALUE;

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> counters;
    private final int window;
    private final int maxGapOffset;
    private final List<Consumer<List<EventEnvelope>>> appendListeners = new CopyOnWriteArrayList<>();
    /**
     * The newest position this process has allocated, read or seen the counter at: a reader at the
     * head asks for the positions up to it and a few beyond, not for a whole window. At 200 commands/s
     * the store's readers polled about 350 times a second, each lookup of 1,000 positions costing the
     * wire server 0.6 ms, a fifth of a core for mostly absent positions.
     */
    private final AtomicLong knownHead = new AtomicLong(UNKNOWN);

    /**
     * @param window       global positions, or sequences of one record, looked up per query
     * @param maxGapOffset how far behind the newest position a gap is still waited for
     */
    public EventLog(MongoDatabase database, int window, int maxGapOffset) {
        this.commits = database.getCollection(COMMITS);
        this.counters = database.getCollection(COUNTERS);
        this.window = window;
        this.maxGapOffset = maxGapOffset;
        commits.createIndex(Indexes.ascending(CommitDocuments.GLOBAL_INDEX),
                new IndexOptions().unique(true).name("global_index"));
    }

    /** Told of every successful append, so readers in this process need not poll. */
    public void onAppend(Consumer<List<EventEnvelope>> listener) {
        appendListeners.add(listener);
    }

    /**
     * Stores commits, each the consecutive events of one record, and returns them as stored: with
     * global positions and chained hashes.
     *
     * @throws SequenceAlreadyTaken when another writer stored one of these sequences first
     */
    public List<EventEnvelope> append(List<List<EventEnvelope>> newCommits) {
        int total = newCommits.stream().mapToInt(List::size).sum();
        if (total == 0) {
            return List.of();
        }
        long position = allocate(total);
        List<EventEnvelope> stored = new ArrayList<>(total);
        List<Document> documents = new ArrayList<>(newCommits.size());
        for (List<EventEnvelope> commit : newCommits) {
            EventEnvelope first = commit.getFirst();
            String previousHash = first.sequence() == 0 ? null : hashAt(first.aggregateId(), first.sequence() - 1);
            List<EventEnvelope> chained = new ArrayList<>(commit.size());
            for (EventEnvelope event : commit) {
                EventEnvelope positioned = event.withGlobalIndex(position++);
                String hash = HashChain.hashOf(positioned, previousHash);
                chained.add(positioned.chainedTo(previousHash, hash));
                previousHash = hash;
            }
            documents.add(CommitDocuments.toDocument(chained));
            stored.addAll(chained);
        }
        insert(documents);
        appendListeners.forEach(listener -> listener.accept(stored));
        return stored;
    }

    private long allocate(int count) {
        Document counter = counters.findOneAndUpdate(eq("_id", POSITIONS), Updates.inc(ALLOCATED, (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        long first = counter.getLong(ALLOCATED) - count;
        knownHead.accumulateAndGet(first + count - 1, Math::max);
        return first;
    }

    private void insert(List<Document> documents) {
        try {
            commits.insertMany(documents, new InsertManyOptions().ordered(true));
        } catch (MongoBulkWriteException e) {
            boolean duplicate = e.getWriteErrors().stream()
                    .anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!duplicate) {
                throw e;
            }
            Document failed = documents.get(e.getWriteErrors().getFirst().getIndex());
            throw new SequenceAlreadyTaken(failed.getString("aggregateId"),
                    failed.getLong(CommitDocuments.FIRST_SEQ), e);
        }
    }

    /** The newest allocated global position, or -1 for an empty store. */
    public long headIndex() {
        Document counter = counters.find(eq("_id", POSITIONS)).first();
        long head = counter == null ? -1 : counter.getLong(ALLOCATED) - 1;
        knownHead.accumulateAndGet(head, Math::max);
        return head;
    }

    private String hashAt(String aggregateId, long sequence) {
        List<String> ids = LongStream.rangeClosed(Math.max(0, sequence - LOOKBACK + 1), sequence)
                .mapToObj(s -> CommitDocuments.id(aggregateId, s)).toList();
        Document commit = null;
        for (Document candidate : commits.find(in("_id", ids))) {
            if (candidate.getLong(CommitDocuments.LAST_SEQ) == sequence) {
                commit = candidate;
            }
        }
        if (commit == null) {
            commit = commits.find(and(eq("aggregateId", aggregateId), eq(CommitDocuments.LAST_SEQ, sequence))).first();
        }
        if (commit == null) {
            throw new IllegalStateException("event " + sequence + " of " + aggregateId + " is not stored");
        }
        return CommitDocuments.fromDocument(commit).getLast().hash();
    }

    /** The events of one record from {@code firstSequence} on, in order. */
    public List<EventEnvelope> readAggregate(String aggregateId, long firstSequence) {
        List<EventEnvelope> events = new ArrayList<>();
        long next = firstSequence;
        long windowStart = Math.max(0, firstSequence - LOOKBACK);
        while (true) {
            long windowEnd = next + window;
            Map<Long, Document> byFirstSequence = commitsOf(aggregateId, windowStart, windowEnd);
            Document commit;
            while ((commit = covering(byFirstSequence, next)) != null) {
                for (EventEnvelope e : CommitDocuments.fromDocument(commit)) {
                    if (e.sequence() >= next) {
                        events.add(e);
                    }
                }
                next = commit.getLong(CommitDocuments.LAST_SEQ) + 1;
            }
            if (next < windowEnd) {
                return events;
            }
            windowStart = next;
        }
    }

    private Map<Long, Document> commitsOf(String aggregateId, long fromSequence, long toSequenceExclusive) {
        List<String> ids = LongStream.range(fromSequence, toSequenceExclusive)
                .mapToObj(s -> CommitDocuments.id(aggregateId, s)).toList();
        Map<Long, Document> byFirstSequence = new HashMap<>();
        for (Document commit : commits.find(in("_id", ids))) {
            byFirstSequence.put(commit.getLong(CommitDocuments.FIRST_SEQ), commit);
        }
        return byFirstSequence;
    }

    private static Document covering(Map<Long, Document> byFirstSequence, long sequence) {
        Document exact = byFirstSequence.get(sequence);
        if (exact != null) {
            return exact;
        }
        return byFirstSequence.values().stream()
                .filter(c -> c.getLong(CommitDocuments.FIRST_SEQ) < sequence
                        && c.getLong(CommitDocuments.LAST_SEQ) >= sequence)
                .findFirst().orElse(null);
    }

    /**
     * The stored events of the commits that start at global positions {@code from} up to, not
     * including, {@code from + window}, in global order: one key lookup, however large the store.
     * For readers that walk the whole store as it stands (auditors' exports, chain verification)
     * rather than track its tail.
     */
    public List<EventEnvelope> readWindow(long from) {
        List<Long> positions = LongStream.range(from, from + window).boxed().toList();
        List<Document> found = commits.find(in(CommitDocuments.GLOBAL_INDEX, positions)).into(new ArrayList<>());
        found.sort(Comparator.comparingLong(c -> c.getLong(CommitDocuments.GLOBAL_INDEX)));
        List<EventEnvelope> events = new ArrayList<>();
        found.forEach(commit -> events.addAll(CommitDocuments.fromDocument(commit)));
        return events;
    }

    /** How many global positions {@link #readWindow(long)} looks at. */
    public int window() {
        return window;
    }

    /**
     * The next stored events after {@code token} in global order, each with the token that follows
     * it: first whatever filled the token's gaps, then new positions, one window at a time. Windows
     * that hold only gaps (a writer died after allocating) are skipped, their positions kept as gaps.
     *
     * @param token where the reader stands; null for the start of the store
     */
    public List<TrackedEnvelope> readFrom(GapAwareTrackingToken token, int maxEvents) {
        GapAwareTrackingToken position = token == null ? GapAwareTrackingToken.newInstance(-1, Set.of()) : token;
        long start = position.getIndex() + 1;
        long windowSize = windowFrom(start, maxEvents);
        Collection<Long> candidates = new TreeSet<>(position.getGaps());
        LongStream.range(start, start + windowSize).forEach(candidates::add);
        List<Document> found = commits.find(in(CommitDocuments.GLOBAL_INDEX, candidates)).into(new ArrayList<>());
        if (found.isEmpty()) {
            found = skipDeadWindows(start + windowSize, windowSize);
        }
        found.sort(Comparator.comparingLong(c -> c.getLong(CommitDocuments.GLOBAL_INDEX)));
        List<TrackedEnvelope> tracked = track(found, position);
        if (!tracked.isEmpty()) {
            knownHead.accumulateAndGet(tracked.getLast().event().globalIndex(), Math::max);
        }
        return tracked;
    }

    /** A whole window for a reader behind the known head; the rest of the way and a little more at it. */
    private long windowFrom(long start, int maxEvents) {
        long head = knownHead.get();
        if (head == UNKNOWN) {
            head = headIndex();
        }
        long toHead = Math.max(0, head - start + 1);
        return Math.max(1, Math.min(Math.min(window, maxEvents), toHead + BEYOND_KNOWN_HEAD));
    }

    /**
     * Looks further, window after window up to the newest allocated position, for commits beyond a
     * window that held none: positions taken by writers that died leave such windows.
     */
    private List<Document> skipDeadWindows(long start, long windowSize) {
        long head = headIndex();
        List<Document> found = new ArrayList<>();
        while (found.isEmpty() && start <= head) {
            long end = Math.min(head, start + windowSize - 1);
            commits.find(in(CommitDocuments.GLOBAL_INDEX, LongStream.rangeClosed(start, end).boxed().toList()))
                    .into(found);
            start = end + 1;
        }
        return found;
    }

    private List<TrackedEnvelope> track(List<Document> found, GapAwareTrackingToken position) {
        List<TrackedEnvelope> tracked = new ArrayList<>();
        for (Document commit : found) {
            for (EventEnvelope event : CommitDocuments.fromDocument(commit)) {
                long index = event.globalIndex();
                if (index > position.getIndex() || position.getGaps().contains(index)) {
                    position = position.advanceTo(index, maxGapOffset);
                    tracked.add(new TrackedEnvelope(event, position));
                }
            }
        }
        return tracked;
    }
}
