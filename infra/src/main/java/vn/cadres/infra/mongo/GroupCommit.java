package vn.cadres.infra.mongo;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the reply to a command that may have written until what it wrote is in the H2 file and
 * synced to the disk: what MongoDB promises with its journal (w:1, j:true), that an acknowledged
 * write survives the process being killed. H2 on its own commits in the background once a second,
 * so a SIGKILL lost up to a second of acknowledged writes (issue 18: 40 registrations and 4
 * corrections answered 201/204 were gone).
 * <p>
 * One thread commits for everyone (group commit): a command that wrote takes a ticket after its
 * changes are in the maps and waits; the thread takes every ticket handed out so far, commits the
 * store, waits for H2's write pipeline to drain, forces the file, and releases them all. Under load
 * the writes of a whole round share one sync.
 */
public final class GroupCommit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    /** Commands that never change stored data: their replies need not wait. Lower case. */
    private static final Set<String> READS = Set.of("find", "getmore", "killcursors", "count", "distinct",
            "listcollections", "listindexes", "listdatabases", "hello", "ismaster", "ping", "buildinfo",
            "getlasterror", "serverstatus", "dbstats", "collstats", "endsessions", "getparameter", "whatsmyuri",
            "connectionstatus", "hostinfo", "getcmdlineopts", "getfreemonitoringstatus", "getlog", "currentop",
            "replsetgetstatus", "explain", "saslstart", "saslcontinue");

    private final MVStore store;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition requested = lock.newCondition();
    private final Condition synced = lock.newCondition();
    private final Thread committer;
    private long lastTicket;
    private long durableTicket;
    private RuntimeException failure;
    private boolean closing;
    private boolean closed;
    private long rounds;

    public GroupCommit(MVStore store) {
        this.store = store;
        this.committer = Thread.ofPlatform().name("group-commit").daemon().start(this::commitWhileRequested);
    }

    /** Whether a command cannot have changed anything, so its reply need not wait for a sync. */
    public static boolean changesNothing(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return !(query.get("pipeline") instanceof List<?> stages) || stages.stream()
                    .noneMatch(stage -> stage instanceof Document d && (d.containsKey("$out") || d.containsKey("$merge")));
        }
        return READS.contains(name);
    }

    /** Returns once everything written to the store before this call is synced to the disk. */
    public void awaitDurable() {
        lock.lock();
        try {
            if (closed) {
                throw new MongoServerException("the server has shut down; the write may not be durable");
            }
            long ticket = ++lastTicket;
            requested.signal();
            while (durableTicket < ticket) {
                if (failure != null) {
                    throw new MongoServerException("the write could not be synced to the disk: " + failure, failure);
                }
                if (closed) {
                    throw new MongoServerException("the server shut down before the write was synced");
                }
                synced.awaitUninterruptibly();
            }
        } finally {
            lock.unlock();
        }
    }

    private void commitWhileRequested() {
        while (true) {
            long upTo;
            lock.lock();
            try {
                while (lastTicket == durableTicket && !closing) {
                    requested.awaitUninterruptibly();
                }
                if (lastTicket == durableTicket || failure != null) {
                    return;
                }
                upTo = lastTicket;
            } finally {
                lock.unlock();
            }
            RuntimeException failed = null;
            try {
                // commit() stores what is not yet stored and waits for it; the file-store operation
                // first drains H2's write pipeline, in which a background commit may still sit
                store.commit();
                store.executeFilestoreOperation(() -> store.getFileStore().sync());
            } catch (RuntimeException e) {
                log.error("commit and sync failed: no write is acknowledged from now on", e);
                failed = e;
            }
            lock.lock();
            try {
                rounds++;
                if (failed == null) {
                    durableTicket = upTo;
                } else {
                    failure = failed;
                }
                synced.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** How many commits with sync were made, for the figures of a benchmark. */
    public long rounds() {
        lock.lock();
        try {
            return rounds;
        } finally {
            lock.unlock();
        }
    }

    /** Syncs what is still awaited, then stops; called before the store is closed. */
    @Override
    public void close() {
        lock.lock();
        try {
            closing = true;
            requested.signal();
        } finally {
            lock.unlock();
        }
        try {
            if (!committer.join(Duration.ofSeconds(60))) {
                log.warn("group commit still running after 60 s; closing the store without it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lock.lock();
        try {
            closed = true;
            synced.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
