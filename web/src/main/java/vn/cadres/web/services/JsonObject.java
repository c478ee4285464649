package vn.cadres.web.services;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object of a service's answer as the pages read it. The services leave out fields that have
 * no value (an evaluation not yet decided has no {@code decided}); a template reading such a field
 * gets null, as it would from the JSON, instead of failing: every key "is there", most are null.
 */
public final class JsonObject extends LinkedHashMap<String, Object> {

    private JsonObject(Map<String, Object> fields) {
        super(fields);
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String || super.containsKey(key);
    }

    /** The JSON tree {@code value} with every object as a {@link JsonObject}, at any depth. */
    @SuppressWarnings("unchecked")
    static Object of(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((key, field) -> fields.put((String) key, of(field)));
            return new JsonObject(fields);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JsonObject::of).toList();
        }
        return value;
    }

    static JsonObject object(Map<String, Object> map) {
        return map == null ? null : (JsonObject) of(map);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(List<Map<String, Object>> list) {
        return list == null ? List.of() : (List<Map<String, Object>>) of(list);
    }
}
