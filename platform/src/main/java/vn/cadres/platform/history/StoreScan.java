package vn.cadres.platform.history;

import java.util.function.Consumer;
import java.util.function.Predicate;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.platform.eventstore.EventLog;

/**
 * Walks this service's store in global order as it stands, one window of positions at a time, so
 * that reading the whole store, however large, holds one window in memory. Positions taken by
 * writers still at work (or dead) are passed over: a scan reads the store as it is when it passes.
 */
public final class StoreScan {

    private final EventLog log;

    public StoreScan(EventLog log) {
        this.log = log;
    }

    /**
     * Gives each event from global position {@code from} on to {@code visitor} until it answers
     * false or the store's head is reached, looking at no more than {@code maxPositions} positions.
     *
     * @return the position to continue from, or -1 when the head was reached
     */
    public long scan(long from, long maxPositions, Predicate<EventEnvelope> visitor) {
        long head = log.headIndex();
        long position = Math.max(0, from);
        long last = maxPositions == Long.MAX_VALUE ? head : Math.min(head, position + maxPositions - 1);
        while (position <= last) {
            for (EventEnvelope event : log.readWindow(position)) {
                if (event.globalIndex() >= position && !visitor.test(event)) {
                    return event.globalIndex() + 1;
                }
            }
            position += log.window();
        }
        return position > head ? -1 : position;
    }

    /** Gives every event of the store to {@code visitor}, in global order. */
    public void scanAll(Consumer<EventEnvelope> visitor) {
        scan(0, Long.MAX_VALUE, event -> {
            visitor.accept(event);
            return true;
        });
    }
}
