package vn.cadres.web.format;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Dates as Vietnamese readers write them, in every form and link: dd/MM/yyyy (01/07/2025). A date in
 * ISO form (2025-07-01), as links built from a service's answer carry it, is read too. A date that does
 * not exist (31/02/2025) is refused, not rolled over.
 */
@Configuration
class VietnameseDates implements WebMvcConfigurer, Formatter<LocalDate> {

    static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, this);
    }

    @Override
    public LocalDate parse(String text, Locale locale) throws ParseException {
        String date = text.strip();
        try {
            return date.contains("/") ? LocalDate.parse(date, WRITTEN) : LocalDate.parse(date);
        } catch (DateTimeParseException invalid) {
            throw new ParseException("not a date (dd/MM/yyyy): " + text, invalid.getErrorIndex());
        }
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return date.format(WRITTEN);
    }
}
