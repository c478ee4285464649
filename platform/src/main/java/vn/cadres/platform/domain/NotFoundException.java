package vn.cadres.platform.domain;

import java.util.Objects;

/**
 * The request names a record that does not exist (answered 404). Carries what was looked for so
 * the problem can say so without the controller formatting a message.
 */
public final class NotFoundException extends Refusal {

    private final String type;
    private final String id;

    /**
     * @param type what kind of record, in the domain's words ({@code "cadre"}, {@code "rotation"})
     * @param id   the identifier that was asked for
     */
    public NotFoundException(String type, String id) {
        super("no " + Objects.requireNonNull(type, "type") + " with id " + Objects.requireNonNull(id, "id"));
        this.type = type;
        this.id = id;
    }

    public String type() {
        return type;
    }

    public String id() {
        return id;
    }
}
