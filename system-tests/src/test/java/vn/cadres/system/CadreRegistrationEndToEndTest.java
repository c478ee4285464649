package vn.cadres.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cadres.cadre.CadreServiceApplication;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.TestTokens;
import vn.cadres.reporting.ReportingServiceApplication;

/**
 * The first slice across services (in Bắc Kạn, so the demo dataset's provinces stay as loaded): an office registers a cadre on cadre-service; the event is
 * stored, published to cadre.events, consumed by reporting-service, and shown in its roster.
 */
class CadreRegistrationEndToEndTest {

    private static final String REGISTRATION = """
            {"fullName": "Hoàng Thị Thu Hương", "gender": "FEMALE", "birthDate": "1982-10-20",
             "managingProvince": "BK", "effectiveDate": "2015-09-01", "homeProvince": "BK",
             "homeCommune": "Phường Đức Xuân", "ethnicity": "Tày", "professionalEducation": "MASTER",
             "politicalTheory": "ADVANCED", "managementScope": "Ban Thường vụ Tỉnh ủy Bắc Kạn"}""";

    private static RunningServices services;
    private static Http cadres;
    private static Http reports;

    @BeforeAll
    static void startServices() {
        services = new RunningServices();
        cadres = services.start(CadreServiceApplication.class, CadreServiceApplication.CONFIG_NAME);
        reports = services.start(ReportingServiceApplication.class, ReportingServiceApplication.CONFIG_NAME);
    }

    @AfterAll
    static void stopServices() {
        services.close();
    }

    /** The roster is paged, and Bắc Kạn's holds the fault run's cadres too: the search finds this one. */
    private static final String NAMED = "q=" + URLEncoder.encode("Hoàng Thị Thu Hương", StandardCharsets.UTF_8);

    @Test
    void a_registered_cadre_appears_in_the_provinces_roster() {
        Http.Response registered = cadres.post("/api/cadres", TestTokens.office("BK"), REGISTRATION);
        assertThat(registered.status()).isEqualTo(201);
        String cadreId = registered.body().get("cadreId").asText();

        JsonNode entry = await().atMost(Duration.ofSeconds(20)).until(
                () -> rosterEntry(reports.get("/api/reports/cadres?province=BK&size=200&" + NAMED, TestTokens.viewer()), cadreId),
                found -> found != null);

        assertThat(entry.get("fullName").asText()).isEqualTo("Hoàng Thị Thu Hương");
        assertThat(entry.get("managedSince").asText()).isEqualTo("2015-09-01");
        assertThat(rosterEntry(reports.get("/api/reports/cadres?size=200&" + NAMED, TestTokens.office("BK")), cadreId))
                .as("an office sees its own province by default").isNotNull();
        assertThat(rosterEntry(reports.get("/api/reports/cadres?size=200&" + NAMED, TestTokens.office("HN")), cadreId))
                .as("another province's office does not see it").isNull();
    }

    @Test
    void without_a_token_neither_service_answers() {
        assertThat(cadres.post("/api/cadres", null, REGISTRATION).status()).isEqualTo(401);
        assertThat(reports.get("/api/reports/cadres", null).status()).isEqualTo(401);
    }

    @Test
    void an_office_cannot_register_for_another_province_nor_read_its_roster() {
        assertThat(cadres.post("/api/cadres", TestTokens.office("HN"), REGISTRATION).status()).isEqualTo(403);
        assertThat(reports.get("/api/reports/cadres?province=BK", TestTokens.office("HN")).status()).isEqualTo(403);
    }

    @Test
    void invalid_input_is_refused_naming_the_field_and_nothing_is_stored() {
        Http.Response refused = cadres.post("/api/cadres", TestTokens.office("BK"),
                REGISTRATION.replace("\"Hoàng Thị Thu Hương\"", "\"\""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("fullName");
    }

    private static JsonNode rosterEntry(Http.Response roster, String cadreId) {
        if (roster.status() != 200) {
            return null;
        }
        for (JsonNode entry : roster.body().get("items")) {
            if (entry.get("cadreId").asText().equals(cadreId)) {
                return entry;
            }
        }
        return null;
    }
}
