package vn.cadres.platform.history;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.platform.eventstore.HashChain;

/**
 * Recomputes every record's hash chain in the order its events were stored and reports the first
 * broken link: an event whose content no longer gives its hash (edited), whose previous hash is not
 * the hash of the event before it (replaced), or that follows a missing sequence (deleted). Holds
 * one hash per record, never the events.
 */
public final class ChainVerifier {

    /** Where the first broken link is: the event, and what is wrong with it. */
    public record BrokenLink(String recordId, long sequence, long globalIndex, String eventId, String type,
                             String problem) {
    }

    /**
     * @param events  events checked
     * @param records records whose chains were followed
     * @param broken  the first broken link in store order, or null when every chain holds
     */
    public record Report(long events, long records, BrokenLink broken) {

        @JsonProperty("intact")
        public boolean intact() {
            return broken == null;
        }
    }

    /** The last event of a record: its sequence and hash. */
    public record Head(long sequence, String hash) {
    }

    private final Map<String, Head> heads = new HashMap<>();
    private long events;
    private BrokenLink broken;

    /** Checks the next event in store order; once a link is broken the rest is counted, not judged. */
    public void accept(EventEnvelope event) {
        events++;
        Head previous = heads.get(event.aggregateId());
        heads.put(event.aggregateId(), new Head(event.sequence(), event.hash()));
        if (broken != null) {
            return;
        }
        long expected = previous == null ? 0 : previous.sequence() + 1;
        String previousHash = previous == null ? null : previous.hash();
        if (event.sequence() != expected) {
            broken = link(event, "sequence " + expected + " of the record is missing");
        } else if (!Objects.equals(event.previousHash(), previousHash)) {
            broken = link(event, "its previous hash is not the hash of event " + (expected - 1) + " of the record");
        } else if (!HashChain.isIntact(event, previousHash)) {
            broken = link(event, "its content does not give its hash: it was changed after it was stored");
        }
    }

    public Report report() {
        return new Report(events, heads.size(), broken);
    }

    /** The chain head of every record seen. */
    public Map<String, Head> heads() {
        return Map.copyOf(heads);
    }

    private static BrokenLink link(EventEnvelope event, String problem) {
        return new BrokenLink(event.aggregateId(), event.sequence(), event.globalIndex(), event.eventId(),
                event.type(), problem);
    }
}
