package vn.cadres.platform.eventstore;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Function;

/**
 * Reads the dates events are written with ({@code 2014-07-01}, {@code 2026-12-02T11:00:20.123456Z})
 * without {@link java.time.format.DateTimeFormatter}, whose general parser was 7% of a consuming
 * service's CPU in a replay; anything else (other forms, impossible dates) is left to the standard
 * deserializers, so what they accept is still accepted and what they refuse refused with their words. Register after {@code JavaTimeModule}: a later module comes first.
 */
final class IsoDates extends SimpleModule {

    /** What a fraction of n digits is multiplied by to give nanoseconds. */
    private static final int[] SCALE = {1, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    IsoDates() {
        super("iso-dates");
        addDeserializer(LocalDate.class, new Fast<>(IsoDates::date, LocalDateDeserializer.INSTANCE));
        addDeserializer(Instant.class, new Fast<>(IsoDates::instant, InstantDeserializer.INSTANT));
    }

    /** Reads a string by {@code fast}, and whatever it answers null for by {@code standard}. */
    private static final class Fast<T> extends JsonDeserializer<T> {

        private final Function<String, T> fast;
        private final JsonDeserializer<T> standard;

        Fast(Function<String, T> fast, JsonDeserializer<T> standard) {
            this.fast = fast;
            this.standard = standard;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                T value = fast.apply(parser.getText());
                if (value != null) {
                    return value;
                }
            }
            return standard.deserialize(parser, context);
        }
    }

    /** {@code yyyy-MM-dd}, or null for any other form. */
    static LocalDate date(String text) {
        return text.length() == 10 ? date(text, 0) : null;
    }

    /** The {@code yyyy-MM-dd} at {@code from} in {@code text}, or null when there is none. */
    private static LocalDate date(String text, int from) {
        if (text.charAt(from + 4) != '-' || text.charAt(from + 7) != '-') {
            return null;
        }
        int year = digits(text, from, from + 4);
        int month = digits(text, from + 5, from + 7);
        int day = digits(text, from + 8, from + 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // the standard parser says what is wrong with it
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} as {@link Instant#toString()} writes it, or null for any other form. */
    static Instant instant(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(length - 1) != 'Z' || length > 30 || (length > 20 && (length == 21 || text.charAt(19) != '.'))) {
            return null;
        }
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int fraction = length > 20 ? digits(text, 20, length - 1) : 0;
        if (hour < 0 || minute < 0 || second < 0 || fraction < 0) {
            return null;
        }
        LocalDate date = date(text, 0);
        if (date == null) {
            return null;
        }
        try {
            int nanos = fraction * SCALE[Math.max(0, length - 21)];
            return Instant.ofEpochSecond(date.toEpochDay() * 86_400 + LocalTime.of(hour, minute, second).toSecondOfDay(),
                    nanos);
        } catch (DateTimeException e) {
            return null; // 24:00:00, or an impossible date: as the standard parser reads it
        }
    }

    /** The number written in {@code text[from, to)}, or -1 when a character there is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
