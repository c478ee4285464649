package vn.cadres.platform.testing;

import java.util.List;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import vn.cadres.platform.domain.InvalidField;
import vn.cadres.platform.domain.InvalidInput;
import vn.cadres.platform.domain.RuleViolation;

/** Matchers for the two ways the aggregate refuses a command, precise enough to tell rules apart. */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<RuleViolation> ruleBroken(String code) {
        return new CustomTypeSafeMatcher<>("a rule violation " + code) {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.code().equals(code);
            }
        };
    }

    /** A rule violation {@code code} whose problem carries {@code property} with {@code value}, such as the current state. */
    public static Matcher<RuleViolation> ruleBroken(String code, String property, Object value) {
        return new CustomTypeSafeMatcher<>("a rule violation " + code + " with " + property + "=" + value) {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.code().equals(code) && value.equals(violation.properties().get(property));
            }
        };
    }

    public static Matcher<InvalidInput> invalid(String field) {
        return new CustomTypeSafeMatcher<>("invalid input naming " + field) {
            @Override
            protected boolean matchesSafely(InvalidInput invalid) {
                return invalid.fields().stream().map(InvalidField::field).toList().equals(List.of(field));
            }
        };
    }
}
