package vn.cadres.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.platform.eventstore.EventCodec;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.eventstore.HashChain;
import vn.cadres.platform.kafka.EnvelopeJson;

/** What every service promises about a record's first event: stored with its whole envelope, then published. */
public final class StoredEvents {

    private static final EnvelopeJson JSON = new EnvelopeJson(new EventCodec(List.of()).mapper());

    private StoredEvents() {
    }

    /**
     * Asserts that the first event of {@code aggregateId} is stored under {@code wireName}, caused by
     * {@code office} on {@code effectiveDate}, with actor, correlation, causation and an intact hash,
     * and that the copy on {@code topic} is the same, field for field. Returns the stored event.
     */
    public static EventEnvelope assertStoredAndPublished(EventLog log, String topic, String aggregateId,
                                                         String wireName, String office, LocalDate effectiveDate) {
        EventEnvelope stored = log.readAggregate(aggregateId, 0).getFirst();
        assertThat(stored.wireName()).isEqualTo(wireName);
        assertThat(stored.office()).isEqualTo(office);
        assertThat(stored.actor()).isNotBlank();
        assertThat(stored.correlationId()).isNotBlank();
        assertThat(stored.causationId()).isNotBlank().isNotEqualTo(stored.eventId());
        assertThat(stored.effectiveDate()).isEqualTo(effectiveDate);
        assertThat(stored.recordedAt()).isNotNull();
        assertThat(HashChain.isIntact(stored, null)).isTrue();

        List<EventEnvelope> published = KafkaBroker.shared().readAll(topic, 1, Duration.ofSeconds(10)).stream()
                .filter(r -> r.key().equals(aggregateId)).map(r -> JSON.read(r.value())).toList();
        assertThat(published).containsExactly(stored);
        return stored;
    }
}
