package vn.cadres.cadre.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.cadre.CadreServiceApplication;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.Topics;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.StoredEvents;
import vn.cadres.platform.testing.TestTokens;

/** The 2025 reorganisation of Mường Ảng, played through the units API over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = CadreServiceApplication.CONFIG_NAME)
class UnitsHttpTest extends RealPartsTest {

    private static final Duration PROJECTED_WITHIN = Duration.ofSeconds(15);
    private static final String DIEN_BIEN_TREE = """
            {"province": "DB", "effectiveDate": "2004-01-01",
             "unit": {"name": "Tỉnh Điện Biên", "level": "PROVINCE", "bloc": "GOVERNMENT",
               "children": [{"name": "Huyện Mường Ảng", "level": "DISTRICT", "bloc": "GOVERNMENT",
                 "locality": "Mường Ảng", "effectiveDate": "2007-01-01",
                 "keyPosts": ["Chủ tịch UBND huyện"],
                 "children": [
                   {"name": "Xã Ẳng Nưa", "level": "COMMUNE", "bloc": "GOVERNMENT", "locality": "Ẳng Nưa",
                    "effectiveDate": "2007-01-01", "keyPosts": ["Chủ tịch UBND xã"]},
                   {"name": "Xã Ẳng Cang", "level": "COMMUNE", "bloc": "GOVERNMENT", "locality": "Ẳng Cang",
                    "effectiveDate": "2007-01-01"}]}]}}""";
    private static final String MUONG_ANG_COMMUNE = """
            {"name": "Xã Mường Ảng", "level": "COMMUNE", "bloc": "GOVERNMENT", "province": "DB",
             "locality": "Mường Ảng", "parentUnitId": "%s", "keyPosts": ["Chủ tịch UBND xã"],
             "effectiveDate": "2025-07-01"}""";
    private static final String MERGER = """
            {"predecessorIds": ["%s", "%s"], "successorUnitId": "%s", "effectiveDate": "2025-07-01"}""";

    @Autowired
    EventLog log;

    private record Loaded(String province, String district, String angNua, String angCang, String muongAng) {
    }

    @Test
    void after_the_2025_merger_a_2014_record_keeps_its_commune_and_today_resolves_to_the_successor() {
        Loaded units = loadTreeAndMerge();

        Http.Response dissolved = http().post("/api/units/" + units.district() + "/dissolve", dbOffice(),
                """
                {"effectiveDate": "2025-07-01", "reason": "Kết thúc hoạt động của cấp huyện"}""");
        assertThat(dissolved.status()).isEqualTo(204);

        JsonNode in2014 = awaitUnit("/api/units/" + units.angNua() + "?asOf=2014-05-01",
                unit -> unit.hasNonNull("successorUnitId"));
        assertThat(in2014.get("name").asText()).isEqualTo("Xã Ẳng Nưa");
        assertThat(in2014.get("validOnDate").asBoolean()).isTrue();
        assertThat(in2014.get("validFrom").asText()).isEqualTo("2007-01-01");
        assertThat(in2014.get("validTo").asText()).isEqualTo("2025-07-01");
        assertThat(in2014.get("successorUnitId").asText()).isEqualTo(units.muongAng());

        JsonNode today = http().get("/api/units/" + units.angNua() + "/today", dbOffice()).body();
        assertThat(today.get("unitId").asText()).isEqualTo(units.muongAng());
        assertThat(today.get("name").asText()).isEqualTo("Xã Mường Ảng");
        assertThat(today.get("validOnDate").asBoolean()).isTrue();

        JsonNode district = awaitUnit("/api/units/" + units.district(), unit -> unit.hasNonNull("validTo"));
        assertThat(district.get("state").asText()).isEqualTo("DISSOLVED");
        assertThat(district.get("validOnDate").asBoolean()).isFalse();

        EventEnvelope stored = StoredEvents.assertStoredAndPublished(log, Topics.CADRE_EVENTS, units.muongAng(),
                "unit.UnitEstablished.v1", "DB", LocalDate.of(2025, 7, 1));
        assertThat(stored.payload()).contains("Xã Mường Ảng").contains(units.province());
    }

    @Test
    void a_unit_already_merged_cannot_be_merged_again() {
        Loaded units = loadTreeAndMerge();
        awaitUnit("/api/units/" + units.angCang(), unit -> unit.hasNonNull("successorUnitId"));

        Http.Response again = http().post("/api/units/merge", dbOffice(),
                MERGER.formatted(units.angCang(), units.angCang(), units.province()));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asText()).isEqualTo(UnitEnded.CODE);
        assertThat(again.body().get("state").asText()).isEqualTo("MERGED");
        assertThat(again.body().get("successorUnitId").asText()).isEqualTo(units.muongAng());
    }

    @Test
    void a_unit_merged_into_itself_is_refused_naming_the_field() {
        Http.Response response = http().post("/api/units/merge", dbOffice(), MERGER.formatted("u-1", "u-2", "u-2"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("successorUnitId");
    }

    @Test
    void an_office_may_not_load_units_of_another_province() {
        Http.Response response = http().post("/api/units/tree", TestTokens.office("LS"), DIEN_BIEN_TREE);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().get("detail").asText()).contains("LS").contains("DB");
    }

    @Test
    void a_tree_with_a_commune_without_locality_is_refused_whole_naming_the_node() {
        Http.Response response = http().post("/api/units/tree", dbOffice(),
                DIEN_BIEN_TREE.replace("\"locality\": \"Ẳng Cang\",", ""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asText())
                .isEqualTo("unit.children[0].children[1].locality");
    }

    @Test
    void another_province_sees_no_units_of_this_one() {
        assertThat(http().get("/api/units?province=DB&level=COMMUNE", TestTokens.office("LS")).status())
                .isEqualTo(403);
        assertThat(http().get("/api/units?province=DB&level=COMMUNE", TestTokens.auditor()).status())
                .isEqualTo(200);
    }

    @Test
    void a_merger_back_into_a_unit_merged_into_it_is_refused_as_a_cycle() {
        String first = established("Xã Mường Lạn", "2007-01-01");
        String second = established("Xã Xuân Lao", "2007-01-01");
        assertThat(http().post("/api/units/merge", dbOffice(), """
                {"predecessorIds": ["%s"], "successorUnitId": "%s", "effectiveDate": "2020-01-01"}"""
                .formatted(first, second)).status()).isEqualTo(200);

        Http.Response back = http().post("/api/units/merge", dbOffice(), """
                {"predecessorIds": ["%s"], "successorUnitId": "%s", "effectiveDate": "2010-01-01"}"""
                .formatted(second, first));

        assertThat(back.status()).isEqualTo(409);
        assertThat(back.body().get("type").asText()).isEqualTo("https://cadres.vn/problems/rule-violation");
        assertThat(back.body().get("code").asText()).isEqualTo(Unit.MERGER_CYCLE);
    }

    @Test
    void a_unit_is_neither_established_under_nor_merged_into_a_unit_of_another_province() {
        String dienBien = established("Xã Nà Tấu", "2007-01-01");
        Http.Response laiChau = http().post("/api/units", TestTokens.office("LC"), """
                {"name": "Xã Bản Giang", "level": "COMMUNE", "bloc": "GOVERNMENT", "province": "LC",
                 "locality": "Bản Giang", "effectiveDate": "2007-01-01"}""");
        String laiChauUnit = laiChau.body().get("unitId").asText();

        Http.Response underIt = http().post("/api/units", TestTokens.office("LC"), """
                {"name": "Thôn Nà Tấu", "level": "COMMUNE", "bloc": "GOVERNMENT", "province": "LC",
                 "locality": "Nà Tấu", "parentUnitId": "%s", "effectiveDate": "2010-01-01"}""".formatted(dienBien));
        Http.Response intoIt = http().post("/api/units/merge", dbOffice(), """
                {"predecessorIds": ["%s"], "successorUnitId": "%s", "effectiveDate": "2020-01-01"}"""
                .formatted(dienBien, laiChauUnit));

        for (Http.Response refused : List.of(underIt, intoIt)) {
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body().get("code").asText()).isEqualTo(Unit.OTHER_PROVINCE);
        }
    }

    private String established(String name, String on) {
        Http.Response response = http().post("/api/units", dbOffice(), """
                {"name": "%s", "level": "COMMUNE", "bloc": "GOVERNMENT", "province": "DB", "locality": "%s",
                 "effectiveDate": "%s"}""".formatted(name, name, on));
        assertThat(response.status()).isEqualTo(201);
        return response.body().get("unitId").asText();
    }

    private Loaded loadTreeAndMerge() {
        Http.Response tree = http().post("/api/units/tree", dbOffice(), DIEN_BIEN_TREE);
        assertThat(tree.status()).isEqualTo(201);
        JsonNode ids = tree.body().get("unitIds");
        String province = ids.get("Tỉnh Điện Biên").asText();
        String angNua = ids.get("Xã Ẳng Nưa").asText();
        String angCang = ids.get("Xã Ẳng Cang").asText();
        awaitUnit("/api/units/" + angCang, unit -> true);

        Http.Response commune = http().post("/api/units", dbOffice(), MUONG_ANG_COMMUNE.formatted(province));
        assertThat(commune.status()).isEqualTo(201);
        String muongAng = commune.body().get("unitId").asText();
        awaitUnit("/api/units/" + muongAng, unit -> true);

        Http.Response merged = http().post("/api/units/merge", dbOffice(), MERGER.formatted(angNua, angCang, muongAng));
        assertThat(merged.status()).isEqualTo(200);
        return new Loaded(province, ids.get("Huyện Mường Ảng").asText(), angNua, angCang, muongAng);
    }

    /** Read models follow the event store a moment later. */
    private JsonNode awaitUnit(String path, Predicate<JsonNode> ready) {
        return await().atMost(PROJECTED_WITHIN).until(() -> http().get(path, dbOffice()),
                r -> r.status() == 200 && ready.test(r.body())).body();
    }

    private static String dbOffice() {
        return TestTokens.office("DB");
    }
}
