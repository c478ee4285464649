package vn.cadres.platform.eventstore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.cadres.contracts.EventEnvelope;

/** New, unstored envelopes for store tests. */
public final class Envelopes {

    private Envelopes() {
    }

    public static EventEnvelope event(String aggregateId, long sequence) {
        return new EventEnvelope(-1, UUID.randomUUID().toString(), "test.Happened", 1, "Thing", aggregateId, sequence,
                "HN", "tester", "corr", "cause", LocalDate.of(2014, 7, 1), Instant.parse("2026-11-22T00:00:00Z"),
                "{\"n\":" + sequence + ",\"name\":\"Nguyễn Văn A\"}", null, null);
    }

    public static List<EventEnvelope> commit(String aggregateId, long firstSequence, int count) {
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(event(aggregateId, firstSequence + i));
        }
        return events;
    }
}
