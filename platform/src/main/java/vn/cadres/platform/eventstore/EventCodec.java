package vn.cadres.platform.eventstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.cadres.contracts.EventType;

/**
 * Turns event payloads into JSON under their wire names and back. Only classes annotated with
 * {@link EventType} can be stored, so no Java class name ever reaches the store or the topics.
 * Properties are written in alphabetical order, so the same event always gives the same text
 * (the hash chain depends on it).
 */
public final class EventCodec {

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new IsoDates())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private final Map<String, Class<?>> classesByType = new HashMap<>();

    public EventCodec(Collection<? extends Class<?>> eventClasses) {
        eventClasses.forEach(this::register);
    }

    private void register(Class<?> eventClass) {
        Class<?> earlier = classesByType.putIfAbsent(typeOf(eventClass), eventClass);
        if (earlier != null && earlier != eventClass) {
            throw new IllegalStateException("wire name " + typeOf(eventClass) + " used by both "
                    + earlier.getName() + " and " + eventClass.getName());
        }
    }

    public static String typeOf(Class<?> eventClass) {
        return annotation(eventClass).value();
    }

    public static int revisionOf(Class<?> eventClass) {
        return annotation(eventClass).revision();
    }

    private static EventType annotation(Class<?> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName()
                    + " has no @EventType wire name and cannot be stored or published");
        }
        return type;
    }

    public String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + payload.getClass().getName() + " as JSON", e);
        }
    }

    /** The payload class of a wire name, if this service knows it. */
    public Optional<Class<?>> classOf(String type) {
        return Optional.ofNullable(classesByType.get(type));
    }

    public Object fromJson(String type, String payload) {
        Class<?> eventClass = classOf(type)
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + type));
        try {
            return json.readValue(payload, eventClass);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored " + type + " does not read as " + eventClass.getName(), e);
        }
    }

    /** The mapper used for payloads, for envelope-level JSON that must agree with it. */
    public ObjectMapper mapper() {
        return json;
    }
}
