package vn.cadres.platform.domain;

import java.util.List;

/**
 * Input that is well-formed but not acceptable, found by a check that bean validation cannot
 * express (one field against another, or against what is stored). Answered as 400 naming the fields.
 */
public final class InvalidInput extends Refusal {

    private final List<InvalidField> fields;

    public InvalidInput(List<InvalidField> fields) {
        super(fields.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.fields = List.copyOf(fields);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new InvalidField(field, message)));
    }

    public List<InvalidField> fields() {
        return fields;
    }
}
