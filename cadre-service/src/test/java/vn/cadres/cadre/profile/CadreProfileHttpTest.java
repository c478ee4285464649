package vn.cadres.cadre.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.cadre.CadreServiceApplication;
import vn.cadres.cadre.Registrations;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.TestTokens;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = CadreServiceApplication.CONFIG_NAME)
class CadreProfileHttpTest extends RealPartsTest {

    private static final String HA_NOI = TestTokens.office("HN");

    private Http.Response record(String cadreId, String what, String token, String json) {
        return http().post("/api/cadres/" + cadreId + "/" + what, token, json);
    }

    private String homeCommune(String cadreId, String query) {
        return http().get("/api/cadres/" + cadreId + query, TestTokens.auditor())
                .body().get("fields").get("homeCommune").asText();
    }

    @Test
    void a_correction_shows_in_the_current_profile_while_the_profile_before_it_keeps_the_old_value() {
        String cadreId = Registrations.registered(http(), "Nguyễn Thị Sửa", "HN");
        Instant beforeTheCorrection = Instant.now();

        assertThat(record(cadreId, "corrections", HA_NOI, """
                {"field": "homeCommune", "newValue": "Xã Sơn Đồng", "reason": "sai quê quán trong hồ sơ gốc",
                 "effectiveDate": "2020-01-01"}""").status()).isEqualTo(204);

        await().atMost(Registrations.PROJECTED_WITHIN).until(() -> homeCommune(cadreId, "").equals("Xã Sơn Đồng"));
        assertThat(homeCommune(cadreId, "?asOf=2019-12-31")).isEqualTo("Phường Ba Đình");
        assertThat(homeCommune(cadreId, "?asOf=2020-01-01")).isEqualTo("Xã Sơn Đồng");
        assertThat(homeCommune(cadreId, "?recordedAt=" + beforeTheCorrection))
                .as("what the records said before the correction was entered").isEqualTo("Phường Ba Đình");
        assertThat(homeCommune(cadreId, "?asOf=2020-01-01&recordedAt=" + beforeTheCorrection))
                .isEqualTo("Phường Ba Đình");
    }

    @Test
    void a_birth_date_cannot_be_corrected_into_the_future_and_the_cadre_stays_usable() {
        String cadreId = Registrations.registered(http(), "Phạm Văn Sinh", "HN");

        Http.Response refused = record(cadreId, "corrections", HA_NOI, """
                {"field": "birthDate", "newValue": "9999-12-31", "reason": "nhập sai"}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("type").asText()).isEqualTo("https://cadres.vn/problems/validation");
        assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("newValue");
        assertThat(record(cadreId, "qualifications", HA_NOI, """
                {"kind": "PROFESSIONAL", "level": "MASTER", "institution": "Đại học Luật Hà Nội",
                 "effectiveDate": "2020-06-30"}""").status()).isEqualTo(204);
    }

    @Test
    void a_qualification_raises_the_level_shown_in_the_profile() {
        String cadreId = Registrations.registered(http(), "Trần Văn Học", "HN");

        assertThat(record(cadreId, "qualifications", HA_NOI, """
                {"kind": "POLITICAL_THEORY", "level": "ADVANCED",
                 "institution": "Học viện Chính trị quốc gia Hồ Chí Minh", "effectiveDate": "2018-06-30"}""")
                .status()).isEqualTo(204);

        await().atMost(Registrations.PROJECTED_WITHIN).until(() -> http().get("/api/cadres/" + cadreId,
                HA_NOI).body().get("fields").get("politicalTheory").asText().equals("ADVANCED"));
    }

    @Test
    void nothing_is_recorded_for_a_cadre_after_their_death() {
        String cadreId = Registrations.registered(http(), "Lò Văn Mất", "HN");
        assertThat(record(cadreId, "death", HA_NOI, "{\"effectiveDate\": \"2024-03-01\"}").status()).isEqualTo(204);

        Http.Response response = record(cadreId, "disciplines", HA_NOI,
                "{\"measure\": \"WARNING\", \"decisionNumber\": \"15-QĐ/TU\", \"effectiveDate\": \"2024-04-01\"}");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().get("code").asText()).isEqualTo("cadre-deceased");
    }

    @Test
    void a_cadre_retires_once() {
        String cadreId = Registrations.registered(http(), "Đinh Văn Hưu", "HN");
        assertThat(record(cadreId, "retirement", HA_NOI, "{\"effectiveDate\": \"2025-01-01\"}").status())
                .isEqualTo(204);

        Http.Response again = record(cadreId, "retirement", HA_NOI, "{\"effectiveDate\": \"2025-02-01\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asText()).isEqualTo("cadre-already-retired");
    }

    @Test
    void an_office_may_neither_change_nor_read_the_records_of_another_province() {
        String cadreId = Registrations.registered(http(), "Hà Văn Khác", "HN");
        String langSon = TestTokens.office("LS");

        assertThat(record(cadreId, "retirement", langSon, "{}").status()).isEqualTo(403);
        assertThat(http().get("/api/cadres/" + cadreId, langSon).status()).isEqualTo(403);
    }

    @Test
    void a_record_about_an_unknown_cadre_is_not_found() {
        assertThat(record("no-such-cadre", "death", HA_NOI, "{}").status()).isEqualTo(404);
        assertThat(http().get("/api/cadres/no-such-cadre", HA_NOI).status()).isEqualTo(404);
    }

    @Test
    void bad_values_are_refused_naming_the_field() {
        String cadreId = Registrations.registered(http(), "Mai Văn Sai", "HN");

        assertNamed(record(cadreId, "disciplines", HA_NOI, "{\"measure\": \"SPANKING\", \"decisionNumber\": \"1\"}"),
                "measure");
        assertNamed(record(cadreId, "corrections", HA_NOI,
                "{\"field\": \"shoeSize\", \"newValue\": \"42\", \"reason\": \"sai\"}"), "field");
        assertNamed(record(cadreId, "corrections", HA_NOI,
                "{\"field\": \"birthDate\", \"newValue\": \"1975-02-31\", \"reason\": \"sai\"}"), "newValue");
        assertNamed(record(cadreId, "death", HA_NOI, "{\"effectiveDate\": \"2024-13-01\"}"), "effectiveDate");
        assertNamed(http().get("/api/cadres/" + cadreId + "?asOf=yesterday", HA_NOI), "asOf");
    }

    private static void assertNamed(Http.Response response, String field) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().toString()).contains(field);
    }
}
