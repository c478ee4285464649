package vn.cadres.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How request bodies are read: strictly, so that what a client did not mean is refused with the
 * field named rather than stored. No enum by its ordinal, no fraction cut to a whole number, no
 * number or boolean taken for text, no key
 * given twice, dates only as {@code yyyy-MM-dd} within {@link #EARLIEST} and {@link #LATEST} (not a
 * day number, not year 0 or 9999), decimals within what any figure of the domain needs, and text
 * only as {@link PlainText}. Events and read models have their own mappers; this is the HTTP one.
 */
final class StrictJson {

    /** No fact of this system, back-filled or planned, lies outside these dates. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    /** Digits a decimal may have before and after its point: more is no figure of the domain. */
    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_FRACTION_DIGITS = 6;

    private StrictJson() {
    }

    static void configure(JsonMapper.Builder builder) {
        builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(module());
    }

    static JacksonModule module() {
        return new SimpleModule("cadres-strict-input")
                .addDeserializer(String.class, new PlainTextDeserializer())
                .addKeyDeserializer(String.class, new PlainTextKeyDeserializer())
                .addDeserializer(LocalDate.class, new BoundedDateDeserializer())
                .addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
    }

    static String checked(String text) {
        if (text != null) {
            String fault = PlainText.fault(text);
            if (fault != null) {
                throw new IllegalArgumentException(fault);
            }
        }
        return text;
    }

    private static final class PlainTextDeserializer extends StdScalarDeserializer<String> {

        PlainTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            return checked(StringDeserializer.instance.deserialize(parser, context));
        }
    }

    private static final class PlainTextKeyDeserializer extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            return checked(key);
        }
    }

    private static final class BoundedDateDeserializer extends StdScalarDeserializer<LocalDate> {

        BoundedDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getString();
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException notADate) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not yyyy-MM-dd");
            }
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                throw new IllegalArgumentException("must be a date from " + EARLIEST + " to " + LATEST);
            }
            return date;
        }
    }

    private static final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

        BoundedDecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (value != null && (value.precision() - value.scale() > MAX_INTEGER_DIGITS
                    || value.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS)) {
                throw new IllegalArgumentException("must be a number with at most " + MAX_INTEGER_DIGITS
                        + " digits before the decimal point and " + MAX_FRACTION_DIGITS + " after it");
            }
            return value;
        }
    }
}
