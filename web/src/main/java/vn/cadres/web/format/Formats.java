package vn.cadres.web.format;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the pages write dates and numbers, whatever the language: dates dd/MM/yyyy (as every Vietnamese
 * document does), times in Vietnam's zone, numbers and shares in the reader's language ("91,2%" in
 * Vietnamese, "91.2%" in English). Used from templates as {@code @formats}.
 */
@Component("formats")
public class Formats {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** An ISO date ({@code 2024-03-01}) as 01/03/2024; empty for none, as given if it is not a date. */
    public String date(Object iso) {
        if (iso == null || iso.toString().isBlank()) {
            return "";
        }
        String text = iso.toString();
        try {
            return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text)
                    .format(DATE);
        } catch (DateTimeParseException notADate) {
            return text;
        }
    }

    /** An ISO instant as Vietnam's date and time. */
    public String dateTime(Object iso) {
        if (iso == null) {
            return "";
        }
        try {
            return OffsetDateTime.parse(iso.toString()).atZoneSameInstant(VIETNAM).format(DATE_TIME);
        } catch (DateTimeParseException notAnInstant) {
            return iso.toString();
        }
    }

    public String number(Object value) {
        if (value == null) {
            return "";
        }
        return NumberFormat.getNumberInstance(locale()).format(value instanceof Number n ? n : Double.parseDouble(value.toString()));
    }

    /** part of whole as a share with one decimal: 91,2% (0% of nothing). */
    public String share(Object part, Object whole) {
        double total = toDouble(whole);
        NumberFormat percent = NumberFormat.getPercentInstance(locale());
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        return percent.format(total == 0 ? 0 : toDouble(part) / total);
    }

    private static double toDouble(Object value) {
        return value instanceof Number n ? n.doubleValue() : value == null ? 0 : Double.parseDouble(value.toString());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
