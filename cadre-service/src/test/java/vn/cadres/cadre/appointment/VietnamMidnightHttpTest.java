package vn.cadres.cadre.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import vn.cadres.cadre.CadreServiceApplication;
import vn.cadres.cadre.Establishments;
import vn.cadres.cadre.Registrations;
import vn.cadres.platform.eventstore.EnvelopeMessages;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.TestTokens;

/**
 * At 00:30 in Vietnam it is still the day before in UTC. An office entering today's date then must
 * not be told it lies in the future, and a date it leaves out must be today's, both in Vietnam.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = CadreServiceApplication.CONFIG_NAME)
class VietnamMidnightHttpTest extends RealPartsTest {

    /** The next 00:30 in Vietnam, as the service's clock reads it; the clock runs on from there. */
    static final ZonedDateTime HALF_PAST_MIDNIGHT = ZonedDateTime.now(EnvelopeMessages.VIETNAM).toLocalDate()
            .plusDays(1).atTime(0, 30).atZone(EnvelopeMessages.VIETNAM);
    static final LocalDate TODAY_IN_VIETNAM = HALF_PAST_MIDNIGHT.toLocalDate();

    @TestConfiguration
    static class HalfPastMidnight {

        @Bean
        Clock clock() {
            return Clock.offset(Clock.systemUTC(), Duration.between(ZonedDateTime.now(), HALF_PAST_MIDNIGHT));
        }
    }

    private static final String HA_NOI = TestTokens.office("HN");
    private static final String APPOINTMENT = """
            {"unitId": "%s", "post": "Bí thư Đảng ủy", %s
             "decision": {"number": "15-QĐ/TU", "date": "2025-07-25", "issuingBody": "Ban Thường vụ Thành ủy"}}""";

    @Test
    void at_half_past_midnight_in_vietnam_today_is_vietnams_date_not_utcs() {
        assertThat(HALF_PAST_MIDNIGHT.withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDate())
                .as("UTC is still on the day before").isEqualTo(TODAY_IN_VIETNAM.minusDays(1));
        String unitId = Establishments.established(http(), "Phường Nửa Đêm", "COMMUNE", "HN", "Bí thư Đảng ủy");
        String entered = Registrations.registered(http(), "Nguyễn Văn Nhập", "HN");
        String omitted = Registrations.registered(http(), "Nguyễn Văn Bỏ", "HN");
        String tomorrow = Registrations.registered(http(), "Nguyễn Văn Mai", "HN");

        Http.Response today = appoint(entered, unitId, "\"effectiveDate\": \"" + TODAY_IN_VIETNAM + "\",");
        Http.Response leftOut = appoint(omitted, unitId, "");
        Http.Response future = appoint(tomorrow, unitId, "\"effectiveDate\": \"" + TODAY_IN_VIETNAM.plusDays(1) + "\",");

        assertThat(today.status()).as("%s", today.body()).isEqualTo(204);
        assertThat(leftOut.status()).as("%s", leftOut.body()).isEqualTo(204);
        assertThat(appointedOn(entered)).isEqualTo(TODAY_IN_VIETNAM.toString());
        assertThat(appointedOn(omitted)).isEqualTo(TODAY_IN_VIETNAM.toString());
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().get("type").asText()).isEqualTo("https://cadres.vn/problems/validation");
        assertThat(future.body().get("errors").get(0).get("field").asText()).isEqualTo("effectiveDate");
    }

    private Http.Response appoint(String cadreId, String unitId, String effectiveDate) {
        return http().post("/api/cadres/" + cadreId + "/appointments", HA_NOI,
                APPOINTMENT.formatted(unitId, effectiveDate));
    }

    private String appointedOn(String cadreId) {
        JsonNode entries = http().get("/api/cadres/" + cadreId + "/timeline", TestTokens.auditor()).body()
                .get("entries");
        return entries.get(entries.size() - 1).get("effectiveDate").asText();
    }
}
