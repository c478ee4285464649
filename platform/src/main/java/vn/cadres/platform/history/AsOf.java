package vn.cadres.platform.history;

import java.time.Instant;
import java.time.LocalDate;
import vn.cadres.contracts.EventEnvelope;

/**
 * A record as it stood: on an effective date (what was true on that day, as everything recorded
 * since says: a fact back-filled in 2026 counts for 2014), and as the records said at a recorded
 * time (what an office could read then, later entries left out). The two differ for back-filled
 * history; both may be asked at once.
 *
 * @param effectiveOn facts taking effect on or before this date; null for all
 * @param recordedBy  facts recorded at or before this instant; null for all
 */
public record AsOf(LocalDate effectiveOn, Instant recordedBy) {

    public static final AsOf NOW = new AsOf(null, null);

    public boolean includes(EventEnvelope event) {
        return (effectiveOn == null || !event.effectiveDate().isAfter(effectiveOn))
                && (recordedBy == null || !event.recordedAt().isAfter(recordedBy));
    }
}
