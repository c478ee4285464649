package vn.cadres.platform.eventstore;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Carries the envelope's who and why from a command to the events it causes: the acting office and
 * actor, the correlation id of the whole request, and the id of the causing message.
 */
public class EnvelopeCorrelation implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        data.put(EnvelopeMessages.CAUSATION_ID, message.getIdentifier());
        data.put(EnvelopeMessages.CORRELATION_ID,
                message.getMetaData().getOrDefault(EnvelopeMessages.CORRELATION_ID, message.getIdentifier()));
        copy(message, EnvelopeMessages.OFFICE, data);
        copy(message, EnvelopeMessages.ACTOR, data);
        return data;
    }

    private static void copy(Message<?> message, String key, Map<String, Object> data) {
        Object value = message.getMetaData().get(key);
        if (value != null) {
            data.put(key, value);
        }
    }
}
