package vn.cadres.reporting.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.Topics;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.contracts.evaluation.Classification;
import vn.cadres.contracts.evaluation.EvaluationPhase;
import vn.cadres.contracts.evaluation.EvaluationRecorded;
import vn.cadres.contracts.evaluation.EvaluatorRole;
import vn.cadres.platform.testing.CadreTopic;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.RotationTopic;
import vn.cadres.platform.testing.TestTokens;
import vn.cadres.platform.testing.TopicWriter;
import vn.cadres.reporting.ReportingServiceApplication;

/**
 * An auditor reconstructs one cadre's career across the three services: the appointment, the
 * rotation and the evaluation, entered in any order, read back in the order they took effect, each
 * with its recorded time, office and decision.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = ReportingServiceApplication.CONFIG_NAME)
class CadreTimelineHttpTest extends RealPartsTest {

    private static final Decision APPOINTMENT = new Decision("125-QĐ/HU", LocalDate.of(2012, 6, 20),
            "Ban Thường vụ Huyện ủy Điện Biên");

    @Test
    void facts_from_the_three_services_read_in_effective_date_order_with_office_and_decision() {
        String cadreId = CadreTopic.registered("DB", "Đặng Quốc Hương", Gender.MALE, LocalDate.of(1979, 5, 2),
                        "Xã Nà Tấu")
                .appointed("u-district-office", "Phó Chánh Văn phòng Huyện ủy", APPOINTMENT, LocalDate.of(2012, 7, 1))
                .id();
        RotationTopic.proposed(cadreId, LocalDate.of(2014, 7, 1), LocalDate.of(2017, 6, 30))
                .started(LocalDate.of(2014, 7, 1), LocalDate.of(2017, 6, 30));
        EventEnvelope evaluation = TopicWriter.firstEventOf("Evaluation", "e-" + cadreId, new EvaluationRecorded(
                "e-" + cadreId, cadreId, ProvinceCode.of("DB"), LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31),
                "u-district-office", EvaluatorRole.SENDING_UNIT, "Lãnh đạo, quản lý", Map.of("TASK_RESULTS", 50), 86,
                Classification.GOOD, false, List.of(), null, EvaluationPhase.NONE, LocalDate.of(2013, 12, 31)));
        TopicWriter.publish(Topics.EVALUATION_EVENTS, evaluation);
        TopicWriter.publish(Topics.EVALUATION_EVENTS, evaluation);

        JsonNode timeline = await().atMost(Duration.ofSeconds(20)).until(
                () -> http().get("/api/reports/cadres/" + cadreId + "/timeline", TestTokens.auditor()),
                r -> r.status() == 200 && r.body().size() == 5).body();

        assertThat(types(timeline)).containsExactly("cadre.CadreRegistered", "cadre.CadreAppointed",
                "evaluation.EvaluationRecorded", "rotation.RotationProposed", "rotation.CadreRotated");
        JsonNode appointed = timeline.get(1);
        assertThat(appointed.get("effectiveDate").asText()).isEqualTo("2012-07-01");
        assertThat(appointed.get("office").asText()).isEqualTo("DB");
        assertThat(appointed.get("actor").asText()).isEqualTo("office-DB");
        assertThat(appointed.hasNonNull("recordedAt")).isTrue();
        assertThat(appointed.get("decision").get("number").asText()).isEqualTo("125-QĐ/HU");
        assertThat(appointed.get("service").asText()).isEqualTo("cadre");
        assertThat(timeline.get(2).get("details").get("evaluatorRole").asText()).isEqualTo("SENDING_UNIT");
        assertThat(timeline.get(4).get("service").asText()).isEqualTo("rotation");

        assertThat(http().get("/api/reports/cadres/" + cadreId + "/timeline", TestTokens.office("DB")).status())
                .isEqualTo(200);
        assertThat(http().get("/api/reports/cadres/" + cadreId + "/timeline", TestTokens.office("LS")).status())
                .isEqualTo(403);
        assertThat(http().get("/api/reports/cadres/never-registered/timeline", TestTokens.auditor()).status())
                .isEqualTo(404);
    }

    private static List<String> types(JsonNode timeline) {
        List<String> types = new ArrayList<>();
        timeline.forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }
}
