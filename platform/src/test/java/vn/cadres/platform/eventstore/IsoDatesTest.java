package vn.cadres.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates read by the event codec are the dates the standard parser reads, whatever form they are written in. */
class IsoDatesTest {

    private static final ObjectMapper STANDARD = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private final ObjectMapper json = new EventCodec(List.of()).mapper();

    @Test
    void instants_read_as_the_standard_parser_reads_them_with_any_number_of_fraction_digits() throws Exception {
        for (String text : List.of("2026-12-02T11:00:20Z", "2026-12-02T11:00:20.1Z", "2026-12-02T11:00:20.123Z",
                "2026-12-02T11:00:20.123456Z", "2026-12-02T11:00:20.123456789Z", "1970-01-01T00:00:00Z",
                "1969-12-31T23:59:59.999Z", "2024-02-29T23:59:59.000001Z", "2026-12-02T11:00:20+07:00",
                "2026-12-02T11:00:20.5+07:00")) {
            assertThat(json.readValue(quoted(text), Instant.class)).as(text)
                    .isEqualTo(Instant.from(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text)));
        }
        assertThat(json.readValue("1733137220", Instant.class)).isEqualTo(Instant.ofEpochSecond(1733137220));
    }

    @Test
    void dates_read_as_the_standard_parser_reads_them() throws Exception {
        for (String text : List.of("2014-07-01", "2000-02-29", "1945-09-02", "2017-06-30")) {
            assertThat(json.readValue(quoted(text), LocalDate.class)).as(text).isEqualTo(LocalDate.parse(text));
        }
        assertThat(json.readValue(quoted("2014-07-01T10:15:30"), LocalDate.class)).isEqualTo(LocalDate.of(2014, 7, 1));
    }

    @Test
    void odd_and_impossible_dates_are_read_or_refused_as_the_standard_parser_does() throws Exception {
        for (String text : List.of("2014-02-30", "2014-13-01", "2014-7-01", "2014-07-0x", "+12014-07-01", "0000-01-01")) {
            assertThat(read(json, text, LocalDate.class)).as(text).isEqualTo(read(STANDARD, text, LocalDate.class));
        }
        for (String text : List.of("2014-02-30T00:00:00Z", "2014-07-01T10:61:00Z", "2014-07-01T10:00:00.Z",
                "2014-07-01 10:00:00Z", "2014-07-01T10:00:00.1234567890Z", "2014-07-01T24:00:00Z")) {
            assertThat(read(json, text, Instant.class)).as(text).isEqualTo(read(STANDARD, text, Instant.class));
        }
        assertThat(read(json, "2014-02-30", LocalDate.class)).startsWith("refused");
        assertThat(read(json, "2014-07-01T24:00:00Z", Instant.class)).isEqualTo("2014-07-02T00:00:00Z");
    }

    /** What {@code mapper} reads from {@code text}, or "refused" with the reason. */
    private static String read(ObjectMapper mapper, String text, Class<?> type) {
        try {
            return mapper.readValue(quoted(text), type).toString();
        } catch (JsonProcessingException e) {
            return "refused: " + e.getOriginalMessage();
        }
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
