package vn.cadres.platform.web;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Says, in words a client can act on, what a field expected when its value could not be converted.
 * Shared by JSON bodies and path or query parameters so both read alike; never echoes a Java
 * exception message, which would leak class names.
 */
final class ExpectedValue {

    private ExpectedValue() {
    }

    /**
     * @param type  the Java type the value had to become (may be null when unknown)
     * @param cause what the conversion threw; an {@link IllegalArgumentException} from one of our
     *              value types (such as a province code) carries a message meant for clients
     */
    static String describe(Class<?> type, Throwable cause) {
        if (type != null && type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "must be a date as yyyy-MM-dd";
        }
        if (type != null && Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 " + type.getSimpleName();
        }
        String own = ownMessage(cause);
        if (own != null) {
            return own;
        }
        return type == null ? "has an invalid value" : "must be a valid " + describeType(type);
    }

    /**
     * The message of an {@link IllegalArgumentException} thrown by this project's own code (a value
     * type rejecting its input), found anywhere in the cause chain; null otherwise. Only such
     * messages are written for clients; a library's would leak internals.
     */
    static String ownMessage(Throwable thrown) {
        IllegalArgumentException rejected = Causes.find(thrown, IllegalArgumentException.class);
        if (rejected == null || rejected.getMessage() == null) {
            return null;
        }
        StackTraceElement[] trace = rejected.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("vn.cadres.") ? rejected.getMessage() : null;
    }

    private static String describeType(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (type == String.class) {
            return "string";
        }
        return type.getSimpleName();
    }
}
