package vn.cadres.infra.mongo;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compaction of the H2 file while nothing is written to it: the store is opened with H2's own
 * housekeeping off ({@link #CONFIGURE}), and every {@code every} seconds, when no commit has been
 * made since the last look, chunks that are less than {@code fillRate}% live are rewritten a
 * bounded amount at a time, so their space is reused rather than the file growing (H2 leaves chunks
 * younger than its retention time, 45 s, as they are).
 * <p>
 * H2 compacts in the background under load by default; during a replay of a million events it
 * kept moving and rewriting chunks of an 8 GB file, and the same replay took 55 to 140 s from one
 * run to the next instead of 36 to 45 s (wire server CPU 23-29 s against 37-113 s).
 */
public final class IdleCompaction implements AutoCloseable {

    /** H2's own compaction while writing: off, see above. */
    public static final String CONFIGURE = "autoCompactFillRate:0";

    private static final Logger log = LoggerFactory.getLogger(IdleCompaction.class);
    private static final int WRITE_PER_STEP = 64 * 1024 * 1024;

    private final MVStore store;
    private final int fillRate;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "idle-compaction");
        thread.setDaemon(true);
        return thread;
    });
    private long versionSeen = -1;

    public IdleCompaction(MVStore store, int fillRate, long everySeconds) {
        this.store = store;
        this.fillRate = fillRate;
        schedule.scheduleWithFixedDelay(this::compactIfIdle, everySeconds, everySeconds, TimeUnit.SECONDS);
    }

    private void compactIfIdle() {
        try {
            long version = store.getCurrentVersion();
            boolean idle = version == versionSeen;
            versionSeen = version;
            if (!idle || store.isClosed()) {
                return;
            }
            int before = store.getFileStore().getChunksFillRate();
            if (before < fillRate && store.compact(fillRate, WRITE_PER_STEP)) {
                store.commit();
                log.info("compacted while idle: chunks {}% live, now {}%", before, store.getFileStore().getChunksFillRate());
            }
            versionSeen = store.getCurrentVersion(); // its own commit is not a sign of work
        } catch (RuntimeException e) {
            log.warn("compaction while idle failed; trying again later", e);
        }
    }

    /**
     * Stops looking, after letting a compaction under way finish: interrupting it would interrupt
     * H2's file channel, which closes it and leaves the store unusable (its close then never returns).
     */
    @Override
    public void close() {
        schedule.shutdown();
        try {
            if (!schedule.awaitTermination(2, TimeUnit.MINUTES)) {
                log.warn("a compaction still running after 2 minutes; closing without waiting for it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
