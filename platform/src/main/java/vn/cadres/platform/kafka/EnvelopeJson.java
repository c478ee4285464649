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
import vn.cadres.contracts.EventEnvelope;

/**
 * The JSON of an envelope on a Kafka topic: the envelope's fields with the payload embedded as a
 * JSON object, byte for byte the text that was stored and hashed.
 */
public final class EnvelopeJson {

    private static final String SOURCE = EnvelopeJson.class.getName() + "/source";

    private final ObjectMapper mapper;
    private final ObjectReader reader;

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
        try {
            return reader.withAttribute(SOURCE, json).readValue(json);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an event envelope: " + e.getMessage(), e);
        }
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
            return new String(source, start, end - start, StandardCharsets.UTF_8);
        }
    }
}
