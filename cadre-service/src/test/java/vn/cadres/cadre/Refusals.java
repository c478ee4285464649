package vn.cadres.cadre;

import java.util.List;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import vn.cadres.platform.web.InvalidField;
import vn.cadres.platform.web.InvalidInput;
import vn.cadres.platform.web.RuleViolation;

/** Matchers for the two ways the aggregate refuses a command, precise enough to tell rules apart. */
final class Refusals {

    private Refusals() {
    }

    static Matcher<RuleViolation> ruleBroken(String code) {
        return new CustomTypeSafeMatcher<>("a rule violation " + code) {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.code().equals(code);
            }
        };
    }

    static Matcher<InvalidInput> invalid(String field) {
        return new CustomTypeSafeMatcher<>("invalid input naming " + field) {
            @Override
            protected boolean matchesSafely(InvalidInput invalid) {
                return invalid.fields().stream().map(InvalidField::field).toList().equals(List.of(field));
            }
        };
    }
}
