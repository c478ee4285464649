package vn.cadres.platform.domain;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A command broke a domain rule (answered 409): for example a rotation that would start before
 * the decision that orders it, or a second active rotation of one cadre.
 *
 * <p>The {@code code} is short and stable ({@code "rotation.already-active"}) so clients can branch
 * on it; the detail is for people. The optional properties become extension members of the problem,
 * so the client sees the facts that made the rule fail (the conflicting rotation's id, say).
 */
public final class RuleViolation extends Refusal {

    /** Members RFC 9457 and our handler already use; an extension may not shadow them. */
    private static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance", "code");

    private final String code;
    private final Map<String, Object> properties;

    public RuleViolation(String code, String detail) {
        this(code, detail, Map.of());
    }

    public RuleViolation(String code, String detail, Map<String, ?> properties) {
        super(Objects.requireNonNull(detail, "detail"));
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a rule violation needs a code");
        }
        properties.keySet().stream().filter(RESERVED::contains).findAny().ifPresent(key -> {
            throw new IllegalArgumentException("'" + key + "' is a reserved problem member");
        });
        this.code = code;
        this.properties = Map.copyOf(properties);
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
