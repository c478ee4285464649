package vn.cadres.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdleCompactionTest {

    @TempDir
    Path dir;

    @Test
    void chunksLeftMostlyDeadByRewritesAreCompactedOnceNothingIsWritten() throws InterruptedException {
        MVStore store = MVStore.Builder.fromString(IdleCompaction.CONFIGURE)
                .fileName(dir.resolve("documents.mv").toString()).open();
        try {
            MVMap<Integer, byte[]> documents = store.openMap("documents");
            for (int round = 0; round < 8; round++) {
                for (int id = 0; id < 2_000; id++) {
                    documents.put(id, new byte[1_000]);
                }
                store.commit();
            }
            store.setRetentionTime(0); // as if the chunks were older than H2 keeps old versions for
            int before = store.getFileStore().getChunksFillRate();
            assertThat(before).as("H2 does not compact while writing").isLessThan(50);

            try (IdleCompaction compaction = new IdleCompaction(store, 50, 1)) {
                long deadline = System.nanoTime() + 20_000_000_000L;
                while (store.getFileStore().getChunksFillRate() <= before && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
            }
            assertThat(store.getFileStore().getChunksFillRate()).isGreaterThan(before);
            assertThat(documents.size()).isEqualTo(2_000);
        } finally {
            store.close();
        }
    }
}
