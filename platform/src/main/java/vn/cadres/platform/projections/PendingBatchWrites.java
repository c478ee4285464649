package vn.cadres.platform.projections;

/** What a batch of events will write to one read-model collection, written when the batch has been handled. */
sealed interface PendingBatchWrites permits PendingWrites, PendingEntries {

    void flush();
}
