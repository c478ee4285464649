package vn.cadres.platform.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One event of a record as auditors and offices read it: what happened, when it took effect, when
 * and by whom it was recorded, and what it said.
 *
 * @param details the event's fields under their published names
 */
public record TimelineEntry(String type, LocalDate effectiveDate, Instant recordedAt, String office, String actor,
                            Map<String, Object> details) {
}
