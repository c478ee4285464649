package vn.cadres.system.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cadres.cadre.CadreServiceApplication;
import vn.cadres.evaluation.EvaluationServiceApplication;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.TestTokens;
import vn.cadres.reporting.ReportingServiceApplication;
import vn.cadres.rotation.RotationServiceApplication;
import vn.cadres.system.RunningServices;
import vn.cadres.tools.demo.DemoData;

/**
 * The demo dataset, loaded through the public APIs of the four services running together, shows the
 * figures of the source articles in the reports the dashboard reads; loading it again changes nothing.
 */
class DemoDataTest {

    private static RunningServices services;
    private static Http reports;
    private static DemoData demo;

    @BeforeAll
    static void startAndLoad() {
        services = new RunningServices();
        Http cadres = services.start(CadreServiceApplication.class, CadreServiceApplication.CONFIG_NAME);
        Http rotations = services.start(RotationServiceApplication.class, RotationServiceApplication.CONFIG_NAME);
        Http evaluations = services.start(EvaluationServiceApplication.class,
                EvaluationServiceApplication.CONFIG_NAME);
        reports = services.start(ReportingServiceApplication.class, ReportingServiceApplication.CONFIG_NAME);
        demo = new DemoData(new DemoData.Services(cadres.baseUrl(), rotations.baseUrl(), evaluations.baseUrl()),
                TestTokens::office);
        assertThat(demo.load()).containsExactly("Lạng Sơn", "Hà Nội", "Điện Biên");
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void lang_son_pool_at_the_end_of_2022_is_the_one_its_report_gives() {
        JsonNode pool = awaitReport("/api/reports/pool/summary?province=LS&asOf=2022-12-31",
                p -> p.get("total").asInt() == 147 && p.get("byLevel").path("COMMUNE").asInt() == 45);

        assertThat(pool.get("byLevel").get("DISTRICT").asInt()).as("heads and deputies of city bodies").isEqualTo(102);
        assertThat(pool.get("universityOrHigher").get("percent").asText()).isEqualTo("91.2");
        assertThat(pool.get("advancedOrIntermediateTheory").get("percent").asText()).isEqualTo("91.8");
        assertThat(pool.get("women").get("percent").asText()).isEqualTo("42.2");
        assertThat(pool.get("under35").get("percent").asText()).isEqualTo("10.2");
    }

    @Test
    void lang_son_48_rotations_go_12_down_7_up_4_between_wards_and_25_between_city_bodies() {
        JsonNode programme = awaitReport("/api/reports/programme?province=LS&from=2002-01-01&to=2022-12-31",
                p -> p.get("rotations").asInt() == 48);

        assertThat(programme.get("byMovement").get("DOWNWARD").asInt()).isEqualTo(12);
        assertThat(programme.get("byMovement").get("UPWARD").asInt()).isEqualTo(7);
        assertThat(programme.get("byMovement").get("BETWEEN_LOCALITIES").asInt()).isEqualTo(4);
        assertThat(programme.get("byMovement").get("BETWEEN_BODIES").asInt()).isEqualTo(25);
        assertThat(programme.get("endedBeforeMinimum").asInt()).isEqualTo(6);
    }

    @Test
    void ha_noi_rotated_57_cadres_to_29_districts_and_6_city_and_central_agencies() {
        JsonNode programme = awaitReport("/api/reports/programme?province=HN", p -> p.get("rotations").asInt() == 57);

        assertThat(programme.get("destinations").get("DISTRICT").asInt()).isEqualTo(29);
        assertThat(programme.get("destinations").get("PROVINCE").asInt()
                + programme.get("destinations").get("CENTRAL").asInt()).isEqualTo(6);
        assertThat(programme.get("byStatus").get("ACTIVE").asInt()).isEqualTo(57);
    }

    @Test
    void dang_quoc_huong_at_na_tau_from_before_to_the_end_of_his_rotation() {
        JsonNode rotations = awaitReport("/api/reports/rotations?province=DB", r -> r.get("total").asInt() == 2)
                .get("items");
        String toNaTau = rotations.get(1).get("rotationId").asText();

        JsonNode assessment = awaitReport("/api/reports/rotations/" + toNaTau,
                a -> a.hasNonNull("after") && a.get("indicators").size() == 2);

        assertThat(rotations.get(0).get("status").asText()).isEqualTo("ENDED_EARLY");
        assertThat(assessment.get("rotation").get("cadreName").asText()).isEqualTo("Đặng Quốc Hương");
        assertThat(assessment.get("rotation").get("movement").asText()).isEqualTo("BETWEEN_LOCALITIES");
        assertThat(assessment.get("before").get("totalScore").asInt()).isEqualTo(82);
        assertThat(assessment.get("during").size()).isEqualTo(3);
        assertThat(assessment.get("endReview").get("totalScore").asInt()).isEqualTo(88);
        assertThat(assessment.get("after").get("totalScore").asInt()).isEqualTo(89);
        assertThat(assessment.get("change").get("outcome").asText()).isEqualTo("HELD");
        JsonNode poverty = assessment.get("indicators").get(0).get("name").asText().startsWith("Tỷ lệ")
                ? assessment.get("indicators").get(0) : assessment.get("indicators").get(1);
        assertThat(poverty.get("before").asText()).isEqualTo("41.0");
        assertThat(poverty.get("after").asText()).isEqualTo("38.5");
    }

    @Test
    void loading_again_changes_nothing() {
        awaitReport("/api/reports/pool/summary?province=LS&asOf=2022-12-31", p -> p.get("total").asInt() == 147);

        assertThat(demo.load()).isEmpty();
        assertThat(reports.get("/api/reports/pool/summary?province=LS&asOf=2022-12-31", TestTokens.viewer()).body()
                .get("total").asInt()).isEqualTo(147);
    }

    private static JsonNode awaitReport(String path, Predicate<JsonNode> ready) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> reports.get(path, TestTokens.viewer()),
                r -> r.status() == 200 && ready.test(r.body())).body();
    }
}
