package vn.cadres.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.PublishedEvents;
import vn.cadres.contracts.rotation.RotationCancelled;
import vn.cadres.platform.eventstore.EventCodec;

class EnvelopeJsonTest {

    private final EventCodec codec = new EventCodec(PublishedEvents.ALL);
    private final EnvelopeJson json = new EnvelopeJson(codec.mapper());

    @Test
    void anEnvelopeReadsBackWithItsPayloadByteForByte() {
        // Vietnamese text, escapes, braces inside strings, nesting, a number as written
        String payload = "{\"cadreId\":\"c-1\",\"fullName\":\"Đặng Quốc Hương\",\"note\":\"\\\"Bí thư\\\" {tạm}\\n\","
                + "\"posts\":[{\"unit\":\"Xã Thanh Hưng\",\"from\":\"2014-07-01\"}],\"score\":38.50,\"nothing\":null}";
        EventEnvelope envelope = new EventEnvelope(42, "event-1", "cadre.CadreRegistered", 1, "Cadre", "c-1", 3, "DB",
                "office-DB", "correlation-1", "causation-1", LocalDate.of(2014, 7, 1),
                Instant.parse("2014-07-01T02:30:00.123456Z"), payload, "previous-hash", "hash");

        assertThat(json.read(json.write(envelope))).isEqualTo(envelope);
    }

    @Test
    void aPayloadThatIsNotAnObjectIsRefused() {
        byte[] text = "{\"eventId\":\"e-1\",\"type\":\"cadre.CadreRegistered\",\"payload\":\"{}\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> json.read(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("payload is not a JSON object");
    }

    @Test
    void anEnvelopeIsReadWithItsEventAsItsPayloadReadsApart() {
        RotationCancelled cancelled = new RotationCancelled("rotation-1", "cadre-1", ProvinceCode.of("DB"),
                "Hủy theo Quyết định số 12/QĐ-TU", LocalDate.of(2015, 8, 31));
        EventEnvelope envelope = envelope("rotation.RotationCancelled", codec.toJson(cancelled));

        EnvelopeJson.Received received = json.read(json.write(envelope), codec::classOf);

        assertThat(received.envelope()).isEqualTo(envelope);
        assertThat(received.event()).isEqualTo(cancelled)
                .isEqualTo(codec.fromJson(envelope.type(), envelope.payload()));
    }

    @Test
    void aPayloadIsLeftToTheCallerWhenItsClassIsUnknownOrItDoesNotReadAsItsClass() {
        EventEnvelope unknown = envelope("rotation.SomethingNew", "{\"rotationId\":\"rotation-1\"}");
        EventEnvelope unreadable = envelope("rotation.RotationCancelled", "{\"effectiveDate\":\"2015-02-30\"}");

        assertThat(json.read(json.write(unknown), codec::classOf)).isEqualTo(new EnvelopeJson.Received(unknown, null));
        assertThat(json.read(json.write(unreadable), codec::classOf))
                .isEqualTo(new EnvelopeJson.Received(unreadable, null));
        assertThatThrownBy(() -> json.read("{\"eventId\":".getBytes(StandardCharsets.UTF_8), codec::classOf))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static EventEnvelope envelope(String type, String payload) {
        return new EventEnvelope(7, "event-7", type, 1, "Rotation", "rotation-1", 2, "DB", "office-DB", "correlation-7",
                null, LocalDate.of(2015, 8, 31), Instant.parse("2015-09-01T01:00:00Z"), payload, "previous", "hash");
    }
}
