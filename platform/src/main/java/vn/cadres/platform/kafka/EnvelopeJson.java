package vn.cadres.platform.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import vn.cadres.contracts.EventEnvelope;

/**
 * The JSON of an envelope on a Kafka topic: the envelope's fields with the payload embedded as a
 * JSON object, byte for byte the text that was stored and hashed.
 */
public final class EnvelopeJson {

    private final ObjectMapper mapper;

    public EnvelopeJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public byte[] write(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsBytes(envelope);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write envelope " + envelope.eventId(), e);
        }
    }

    public EventEnvelope read(byte[] json) {
        try {
            ObjectNode tree = (ObjectNode) mapper.readTree(json);
            tree.put("payload", tree.get("payload").toString());
            return mapper.treeToValue(tree, EventEnvelope.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an event envelope: " + e.getMessage(), e);
        }
    }
}
