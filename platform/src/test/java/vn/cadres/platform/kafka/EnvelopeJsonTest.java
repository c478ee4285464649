package vn.cadres.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.PublishedEvents;
import vn.cadres.platform.eventstore.EventCodec;

class EnvelopeJsonTest {

    private final EnvelopeJson json = new EnvelopeJson(new EventCodec(PublishedEvents.ALL).mapper());

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
}
