package vn.cadres.web.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** How the pages write and read dates and figures, in Vietnamese and in English. */
class FormatsTest {

    private final Formats formats = new Formats();
    private final VietnameseDates dates = new VietnameseDates();

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void a_share_is_written_with_a_decimal_comma_in_vietnamese_and_a_point_in_english() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi-VN"));
        assertThat(formats.share(912, 1000)).isEqualTo("91,2%");
        assertThat(formats.number(12345)).isEqualTo("12.345");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.share(912, 1000)).isEqualTo("91.2%");
        assertThat(formats.share(3, 0)).as("a share of nothing").isEqualTo("0.0%");
    }

    @Test
    void dates_are_written_day_first_whatever_the_language() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.date("2025-07-01")).isEqualTo("01/07/2025");
        assertThat(formats.date("2026-12-03T17:28:50.083Z")).isEqualTo("03/12/2026");
        assertThat(formats.dateTime("2026-12-03T17:28:50.083Z")).as("in Vietnam's zone").isEqualTo("04/12/2026 00:28");
        assertThat(formats.date(null)).isEmpty();
    }

    @Test
    void a_date_typed_day_first_or_carried_in_iso_form_is_read_and_one_that_does_not_exist_is_refused() throws ParseException {
        assertThat(dates.parse("01/07/2025", Locale.ENGLISH)).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(dates.parse(" 2025-07-01 ", Locale.ENGLISH)).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(dates.print(LocalDate.of(2025, 7, 1), Locale.ENGLISH)).isEqualTo("01/07/2025");
        assertThatThrownBy(() -> dates.parse("31/02/2025", Locale.ENGLISH)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> dates.parse("07/01/25", Locale.ENGLISH)).isInstanceOf(ParseException.class);
    }
}
