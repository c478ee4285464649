package vn.cadres.platform.eventstore;

/**
 * Another writer stored an event at the same place in a record's history first: the optimistic
 * concurrency check of the event store. The losing command is rejected, never merged.
 */
public class SequenceAlreadyTaken extends RuntimeException {

    private final String aggregateId;
    private final long sequence;

    public SequenceAlreadyTaken(String aggregateId, long sequence, Throwable cause) {
        super("event " + sequence + " of " + aggregateId + " was already stored by another writer", cause);
        this.aggregateId = aggregateId;
        this.sequence = sequence;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public long sequence() {
        return sequence;
    }
}
