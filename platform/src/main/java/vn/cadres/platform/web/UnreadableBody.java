package vn.cadres.platform.web;

import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import vn.cadres.platform.domain.InvalidField;
import vn.cadres.platform.problems.ProblemType;

/**
 * Explains why a request body could not be read: not JSON at all (malformed), or JSON with a
 * value of the wrong shape in a named field (a validation problem listing that field).
 */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static ProblemDetail problem(HttpMessageNotReadableException exception) {
        JacksonException jackson = Causes.find(exception, JacksonException.class);
        if (jackson == null) {
            return ProblemType.MALFORMED_REQUEST.problem("the request body is missing or unreadable");
        }
        if (jackson instanceof StreamReadException duplicate && duplicateName(duplicate) != null) {
            String field = duplicateName(duplicate);
            ProblemDetail problem = ProblemType.MALFORMED_REQUEST.problem("field '" + field + "' is given twice");
            problem.setProperty("errors", List.of(new InvalidField(field, "is given twice")));
            return problem;
        }
        if (jackson instanceof StreamReadException malformed && !(jackson instanceof InputCoercionException)) {
            return ProblemType.MALFORMED_REQUEST.problem("the request body is not well-formed JSON" + at(malformed));
        }
        String field = pathOf(jackson);
        String message = messageOf(jackson);
        ProblemDetail problem = ProblemType.VALIDATION.problem(
                field == null ? "the request body " + message : "field '" + field + "' " + message);
        problem.setProperty("errors", List.of(new InvalidField(field, message)));
        return problem;
    }

    private static String messageOf(JacksonException jackson) {
        String own = ExpectedValue.ownMessage(jackson);
        if (own != null) {
            return own;
        }
        if (jackson instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (jackson instanceof InputCoercionException) {
            return "is out of range";
        }
        if (jackson instanceof ValueInstantiationException instantiation) {
            return ExpectedValue.describe(instantiation.getType().getRawClass(), instantiation.getCause());
        }
        if (jackson instanceof MismatchedInputException mismatch) {
            return ExpectedValue.describe(mismatch.getTargetType(), mismatch);
        }
        return "has an invalid value";
    }

    /** The JSON path of the offending value, as {@code posts[1].unit}; null at the top level. */
    private static String pathOf(JacksonException jackson) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : jackson.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** The field a strict parser found twice in one object; null for any other failure. */
    private static String duplicateName(StreamReadException failure) {
        String message = failure.getOriginalMessage();
        if (message == null || !message.startsWith("Duplicate") || !(failure.processor() instanceof JsonParser parser)) {
            return null;
        }
        return parser.currentName();
    }

    private static String at(StreamReadException malformed) {
        TokenStreamLocation location = malformed.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
