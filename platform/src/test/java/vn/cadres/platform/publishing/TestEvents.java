package vn.cadres.platform.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.cadres.contracts.EventEnvelope;

final class TestEvents {

    private TestEvents() {
    }

    static EventEnvelope event(String aggregateId, long sequence) {
        return new EventEnvelope(-1, UUID.randomUUID().toString(), "test.Happened", 1, "Thing", aggregateId, sequence,
                "HN", "tester", "corr", "cause", LocalDate.of(2014, 7, 1), Instant.now(),
                "{\"n\":" + sequence + ",\"tên\":\"Lạng Sơn\"}", null, null);
    }
}
