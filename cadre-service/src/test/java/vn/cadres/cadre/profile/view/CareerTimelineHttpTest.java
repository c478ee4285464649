package vn.cadres.cadre.profile.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.cadre.CadreServiceApplication;
import vn.cadres.cadre.Registrations;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.TestTokens;

/**
 * Requirement 8 over real HTTP: a Mường Ảng cadre appointed in 2014 to the district Party office,
 * which the 2025 reorganisation ended, keeps the post under the office's name then and is shown
 * under the provincial office that continues its work today.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = CadreServiceApplication.CONFIG_NAME)
class CareerTimelineHttpTest extends RealPartsTest {

    private static final String DIEN_BIEN = TestTokens.office("DB");
    private static final String DEPUTY_CHIEF = "Phó Chánh Văn phòng Huyện ủy";
    private static final String DISTRICT_OFFICE = "Văn phòng Huyện ủy Mường Ảng";
    private static final String PROVINCE_OFFICE = "Văn phòng Tỉnh ủy Điện Biên";
    private static final String TREE = """
            {"province": "DB", "effectiveDate": "2004-01-01",
             "unit": {"name": "Tỉnh Điện Biên", "level": "PROVINCE", "bloc": "GOVERNMENT",
               "children": [
                 {"name": "Văn phòng Tỉnh ủy Điện Biên", "level": "PROVINCE", "bloc": "PARTY"},
                 {"name": "Huyện Mường Ảng", "level": "DISTRICT", "bloc": "GOVERNMENT", "locality": "Mường Ảng",
                  "effectiveDate": "2007-01-01",
                  "children": [
                    {"name": "Văn phòng Huyện ủy Mường Ảng", "level": "DISTRICT", "bloc": "PARTY",
                     "locality": "Mường Ảng", "effectiveDate": "2007-01-01"},
                    {"name": "Xã Búng Lao", "level": "COMMUNE", "bloc": "GOVERNMENT", "locality": "Búng Lao",
                     "effectiveDate": "1960-01-01"}]}]}}""";
    private static final String APPOINTMENT = """
            {"unitId": "%s", "post": "Phó Chánh Văn phòng Huyện ủy", "effectiveDate": "%s",
             "decision": {"number": "125-QĐ/HU", "date": "2014-06-20",
                          "issuingBody": "Ban Thường vụ Huyện ủy Mường Ảng"}}""";
    private static final String ENDING = """
            {"unitId": "%s", "post": "Phó Chánh Văn phòng Huyện ủy", "effectiveDate": "2025-06-30",
             "reason": "Kết thúc hoạt động của cấp huyện",
             "decision": {"number": "88-QĐ/TU", "date": "2025-06-25", "issuingBody": "Ban Thường vụ Tỉnh ủy Điện Biên"}}""";

    private record Reorganised(String districtOffice, String provinceOffice, String commune) {
    }

    @Test
    void a_2014_appointment_is_named_under_the_district_office_then_and_the_province_office_today() {
        Reorganised units = loadAndReorganise();
        String cadreId = Registrations.registered(http(), "Lò Văn Ảng", "DB", "1979-05-02");

        assertThat(appoint(cadreId, DIEN_BIEN, units.districtOffice(), "2014-07-01").status()).isEqualTo(204);
        assertThat(http().post("/api/cadres/" + cadreId + "/qualifications", DIEN_BIEN, """
                {"kind": "POLITICAL_THEORY", "level": "INTERMEDIATE", "institution": "Trường Chính trị tỉnh Điện Biên",
                 "effectiveDate": "2010-06-30"}""").status()).isEqualTo(204);

        JsonNode timeline = awaitJson("/api/cadres/" + cadreId + "/timeline",
                t -> t.get("entries").size() == 3).get("entries");
        assertThat(types(timeline)).containsExactly("cadre.QualificationRecorded", "cadre.CadreRegistered",
                "cadre.CadreAppointed");
        JsonNode appointed = timeline.get(2);
        assertThat(appointed.get("effectiveDate").asText()).isEqualTo("2014-07-01");
        assertThat(appointed.get("office").asText()).isEqualTo("DB");
        assertThat(appointed.hasNonNull("recordedAt")).isTrue();
        assertThat(appointed.get("post").asText()).isEqualTo(DEPUTY_CHIEF);
        assertThat(appointed.get("decision").get("number").asText()).isEqualTo("125-QĐ/HU");
        assertThat(appointed.get("decision").get("issuingBody").asText()).isEqualTo("Ban Thường vụ Huyện ủy Mường Ảng");
        assertThat(appointed.get("unit").get("name").asText()).isEqualTo(DISTRICT_OFFICE);
        assertThat(appointed.get("unitToday").get("unitId").asText()).isEqualTo(units.provinceOffice());
        assertThat(appointed.get("unitToday").get("name").asText()).isEqualTo(PROVINCE_OFFICE);

        JsonNode in2014 = http().get("/api/cadres/" + cadreId + "?asOf=2014-07-01", TestTokens.auditor()).body();
        assertThat(in2014.get("posts").get(0).get("post").asText()).isEqualTo(DEPUTY_CHIEF);
        assertThat(in2014.get("posts").get(0).get("unitId").asText()).isEqualTo(units.districtOffice());
    }

    @Test
    void an_ended_appointment_leaves_the_current_profile_and_stays_in_the_history() {
        Reorganised units = loadAndReorganise();
        String cadreId = Registrations.registered(http(), "Quàng Văn Búng", "DB", "1979-08-15");
        assertThat(appoint(cadreId, DIEN_BIEN, units.districtOffice(), "2014-07-01").status()).isEqualTo(204);
        String end = "/api/cadres/" + cadreId + "/appointments/end";

        assertThat(http().post(end, DIEN_BIEN, ENDING.formatted(units.districtOffice())).status()).isEqualTo(204);
        Http.Response again = http().post(end, DIEN_BIEN, ENDING.formatted(units.districtOffice()));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asText()).isEqualTo("appointment-not-held");
        awaitJson("/api/cadres/" + cadreId, profile -> profile.get("posts").isEmpty());
        assertThat(http().get("/api/cadres/" + cadreId + "?asOf=2020-01-01", DIEN_BIEN).body().get("posts").size())
                .isEqualTo(1);
        JsonNode ended = awaitJson("/api/cadres/" + cadreId + "/timeline", t -> t.get("entries").size() == 3)
                .get("entries").get(2);
        assertThat(ended.get("type").asText()).isEqualTo("cadre.CadreAppointmentEnded");
        assertThat(ended.get("decision").get("number").asText()).isEqualTo("88-QĐ/TU");
        assertThat(ended.get("details").get("reason").asText()).isEqualTo("Kết thúc hoạt động của cấp huyện");
    }

    @Test
    void an_appointment_to_an_unknown_unit_is_refused_naming_the_unit() {
        String cadreId = Registrations.registered(http(), "Cà Văn Lạ", "DB", "1979-01-20");

        Http.Response response = appoint(cadreId, DIEN_BIEN, "no-such-unit", "2014-07-01");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("unitId");
    }

    @Test
    void an_appointment_to_a_unit_that_has_ended_is_refused_naming_the_unit() {
        Reorganised units = loadAndReorganise();
        String cadreId = Registrations.registered(http(), "Lường Văn Muộn", "DB", "1979-03-03");

        Http.Response response = appoint(cadreId, DIEN_BIEN, units.districtOffice(), "2025-08-01");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("unitId");
    }

    @Test
    void an_appointment_before_the_cadre_was_born_is_refused() {
        Reorganised units = loadAndReorganise();
        String cadreId = Registrations.registered(http(), "Tòng Văn Sớm", "DB", "1979-11-11");

        Http.Response response = appoint(cadreId, DIEN_BIEN, units.commune(), "1978-07-01");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("effectiveDate");
    }

    @Test
    void another_province_may_neither_appoint_nor_read_the_timeline() {
        Reorganised units = loadAndReorganise();
        String cadreId = Registrations.registered(http(), "Lò Thị Khác", "DB", "1979-02-14");
        String laiChau = TestTokens.office("LC");

        assertThat(appoint(cadreId, laiChau, units.districtOffice(), "2014-07-01").status()).isEqualTo(403);
        assertThat(http().get("/api/cadres/" + cadreId + "/timeline", laiChau).status()).isEqualTo(403);
    }

    /** Điện Biên before 2025, then 1 July 2025: the district office merged into the province's, the district gone. */
    private Reorganised loadAndReorganise() {
        Http.Response tree = http().post("/api/units/tree", DIEN_BIEN, TREE);
        assertThat(tree.status()).isEqualTo(201);
        JsonNode ids = tree.body().get("unitIds");
        Reorganised units = new Reorganised(ids.get(DISTRICT_OFFICE).asText(), ids.get(PROVINCE_OFFICE).asText(),
                ids.get("Xã Búng Lao").asText());
        awaitJson("/api/units/" + units.commune(), unit -> true);
        assertThat(http().post("/api/units/merge", DIEN_BIEN, """
                {"predecessorIds": ["%s"], "successorUnitId": "%s", "effectiveDate": "2025-07-01"}"""
                .formatted(units.districtOffice(), units.provinceOffice())).status()).isEqualTo(200);
        assertThat(http().post("/api/units/" + ids.get("Huyện Mường Ảng").asText() + "/dissolve", DIEN_BIEN, """
                {"effectiveDate": "2025-07-01", "reason": "Kết thúc hoạt động của cấp huyện"}""").status())
                .isEqualTo(204);
        awaitJson("/api/units/" + units.districtOffice(), unit -> unit.hasNonNull("successorUnitId"));
        return units;
    }

    private Http.Response appoint(String cadreId, String token, String unitId, String effectiveDate) {
        return http().post("/api/cadres/" + cadreId + "/appointments", token,
                APPOINTMENT.formatted(unitId, effectiveDate));
    }

    private JsonNode awaitJson(String path, Predicate<JsonNode> ready) {
        return await().atMost(Registrations.PROJECTED_WITHIN).until(() -> http().get(path, TestTokens.auditor()),
                r -> r.status() == 200 && ready.test(r.body())).body();
    }

    private static List<String> types(JsonNode entries) {
        List<String> types = new ArrayList<>();
        entries.forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }
}
