package vn.cadres.platform.consuming;

import java.time.Duration;
import java.util.Map;

/**
 * When a rebuild has caught up, so that readers may switch to it: once its processor is back where
 * it stood in every source when the rebuild began, or once it has read all there is.
 * <p>
 * "All there is" cannot be taken from Axon's caught-up flag alone: a Kafka-fed processor reports
 * itself caught up whenever its fetch buffer has run dry, which happens between two polls in the
 * middle of a rebuild (readers were switched to a timeline holding a third of its documents). So
 * the flag counts only once the positions have also stood still for a quiet period. That second way
 * out is needed because a processor's positions can stop short of where they stood with nothing
 * left to read: records it cannot read (an event type this service does not know) do not move them.
 */
final class CatchUp {

    private final Map<String, Long> stood;
    private final long quietNanos;
    private Map<String, Long> last;
    private long stillSince;

    CatchUp(Map<String, Long> stood, Duration quiet) {
        this.stood = Map.copyOf(stood);
        this.quietNanos = quiet.toNanos();
    }

    /**
     * @param current  positions reached now, source by source
     * @param dry      every segment says it has nothing more to read at the moment
     * @param nanoTime now, on {@link System#nanoTime()}'s clock
     */
    boolean isOver(Map<String, Long> current, boolean dry, long nanoTime) {
        if (!current.equals(last)) {
            last = Map.copyOf(current);
            stillSince = nanoTime;
        }
        if (current.isEmpty() && !stood.isEmpty()) {
            return false; // nothing read yet
        }
        return Positions.reached(current, stood) || dry && nanoTime - stillSince >= quietNanos;
    }
}
