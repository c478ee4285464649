package vn.cadres.platform.kafka;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.cadres.contracts.EventEnvelope;

/**
 * The JSON of an envelope on a Kafka topic: the envelope's fields with the payload embedded as a
 * JSON object, byte for byte the text that was stored and hashed.
 */
public final class EnvelopeJson {

    private static final String SOURCE = EnvelopeJson.class.getName() + "/source";
    private static final String PAYLOAD_AT = EnvelopeJson.class.getName() + "/payload-at";

    private final ObjectMapper mapper;
    private final ObjectReader reader;
    private final Map<Class<?>, ObjectReader> eventReaders = new ConcurrentHashMap<>();

    public EnvelopeJson(ObjectMapper mapper) {
        this.mapper = mapper;
        this.reader = mapper.copy().addMixIn(EventEnvelope.class, ReadPayloadRaw.class).readerFor(EventEnvelope.class);
    }

    public byte[] write(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsBytes(envelope);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write envelope " + envelope.eventId(), e);
        }
    }

    /** Reads an envelope in one pass, its payload as the exact text it holds. */
    public EventEnvelope read(byte[] json) {
        return read(json, new PayloadAt());
    }

    /**
     * Reads an envelope and its payload as the event class {@code classOf} gives for its type. The
     * payload is parsed from the bytes it was found at in the envelope: as fast as the parser goes,
     * where parsing its text again goes through a character parser. (It cannot be parsed in the
     * envelope's own pass: envelopes are written with their fields in alphabetical order, the type
     * after the payload.) {@link Received#event()} is null when no class is known for the type, and
     * when the payload does not read as its class: read apart, it then fails as it always did.
     *
     * @throws IllegalArgumentException when the envelope itself is not readable
     */
    public Received read(byte[] json, Function<String, Optional<Class<?>>> classOf) {
        PayloadAt payload = new PayloadAt();
        EventEnvelope envelope = read(json, payload);
        Optional<Class<?>> eventClass = envelope.type() == null ? Optional.empty() : classOf.apply(envelope.type());
        if (eventClass.isEmpty() || payload.length == 0) {
            return new Received(envelope, null);
        }
        try {
            return new Received(envelope, eventReaders.computeIfAbsent(eventClass.get(), mapper::readerFor)
                    .readValue(json, payload.start, payload.length));
        } catch (IOException | RuntimeException e) {
            return new Received(envelope, null);
        }
    }

    private EventEnvelope read(byte[] json, PayloadAt payload) {
        try {
            return reader.withAttribute(SOURCE, json).withAttribute(PAYLOAD_AT, payload).readValue(json);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an event envelope: " + e.getMessage(), e);
        }
    }

    /** An envelope as received, with its payload read as its event when its class is known. */
    public record Received(EventEnvelope envelope, Object event) {
    }

    /** Where the payload's bytes are in the envelope's. */
    private static final class PayloadAt {
        private int start;
        private int length;
    }

    /** How the envelope's payload is read: as a JSON object, kept as its text. */
    private abstract static class ReadPayloadRaw {
        @JsonDeserialize(using = RawObject.class)
        String payload;
    }

    /**
     * A JSON object as the bytes it was read from: the object is skipped over token by token, never
     * built, and its text taken from the source between its braces.
     */
    private static final class RawObject extends JsonDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                return context.reportInputMismatch(String.class, "payload is not a JSON object");
            }
            byte[] source = (byte[]) context.getAttribute(SOURCE);
            int start = (int) parser.currentTokenLocation().getByteOffset();
            parser.skipChildren();
            int end = (int) parser.currentTokenLocation().getByteOffset() + 1;
            PayloadAt at = (PayloadAt) context.getAttribute(PAYLOAD_AT);
            at.start = start;
            at.length = end - start;
            return new String(source, start, end - start, StandardCharsets.UTF_8);
        }
    }
}
