package vn.cadres.reporting.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.evaluation.Classification;
import vn.cadres.contracts.evaluation.EvaluationPhase;
import vn.cadres.contracts.evaluation.EvaluatorRole;
import vn.cadres.contracts.rotation.Direction;
import vn.cadres.contracts.rotation.Movement;
import vn.cadres.contracts.rotation.UnitPost;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.platform.testing.CadreTopic;
import vn.cadres.platform.testing.EvaluationTopic;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.RotationTopic;
import vn.cadres.platform.testing.TestTokens;
import vn.cadres.reporting.ReportingServiceApplication;

/**
 * Which evaluation a rotation's review measures from: the sending unit assesses the cadre before the
 * rotation (R10), so its last evaluation before the start is "before", even when the deciding level
 * evaluated a later period; the deciding level's counts only when the sending unit made none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = ReportingServiceApplication.CONFIG_NAME)
class RotationReviewHttpTest extends RealPartsTest {

    private static final ProvinceCode TUYEN_QUANG = ProvinceCode.of("TQ");
    private static final Direction DOWN = new Direction(Movement.DOWNWARD, Level.DISTRICT, Level.COMMUNE, Bloc.PARTY,
            Bloc.PARTY);

    @Test
    void before_is_the_sending_units_last_assessment_before_the_start_even_with_a_later_deciding_level_one() {
        String cadreId = cadre("Ma Văn Trước");
        RotationTopic rotation = completedRotation(cadreId);
        decided(cadreId, EvaluatorRole.SENDING_UNIT, "2015-01-01", "2015-11-30", rotation, EvaluationPhase.BEFORE,
                80, Classification.GOOD);
        decided(cadreId, EvaluatorRole.DECIDING_LEVEL, "2015-01-01", "2015-12-31", rotation, EvaluationPhase.BEFORE,
                92, Classification.EXCELLENT);
        decided(cadreId, EvaluatorRole.DECIDING_LEVEL, "2019-01-01", "2019-12-31", rotation, EvaluationPhase.AFTER,
                85, Classification.GOOD);

        JsonNode review = awaitReview(rotation.id(), r -> r.hasNonNull("after") && r.hasNonNull("before")
                && r.get("before").get("evaluatorRole").asText().equals("SENDING_UNIT"));

        assertThat(review.get("before").get("totalScore").asInt()).isEqualTo(80);
        assertThat(review.get("after").get("evaluatorRole").asText()).isEqualTo("DECIDING_LEVEL");
        assertThat(review.get("change").get("classBefore").asText()).isEqualTo("GOOD");
        assertThat(review.get("change").get("outcome").asText()).as("GOOD to GOOD, not EXCELLENT to GOOD")
                .isEqualTo("HELD");
    }

    @Test
    void without_a_sending_units_assessment_before_is_the_deciding_levels() {
        String cadreId = cadre("Ma Văn Thay");
        RotationTopic rotation = completedRotation(cadreId);
        decided(cadreId, EvaluatorRole.DECIDING_LEVEL, "2015-01-01", "2015-12-31", rotation, EvaluationPhase.BEFORE,
                75, Classification.GOOD);
        decided(cadreId, EvaluatorRole.DECIDING_LEVEL, "2019-01-01", "2019-12-31", rotation, EvaluationPhase.AFTER,
                91, Classification.EXCELLENT);

        JsonNode review = awaitReview(rotation.id(), r -> r.hasNonNull("after") && r.hasNonNull("before"));

        assertThat(review.get("before").get("evaluatorRole").asText()).isEqualTo("DECIDING_LEVEL");
        assertThat(review.get("change").get("outcome").asText()).isEqualTo("IMPROVED");
    }

    private static RotationTopic completedRotation(String cadreId) {
        String district = CadreTopic.unit("TQ", "Ban Dân vận Huyện ủy Sơn Dương", Level.DISTRICT, Bloc.PARTY,
                "Sơn Dương", List.of(), LocalDate.of(2008, 1, 1));
        String commune = CadreTopic.unit("TQ", "Đảng ủy xã Tân Trào", Level.COMMUNE, Bloc.PARTY, "Tân Trào",
                List.of("Bí thư Đảng ủy"), LocalDate.of(2008, 1, 1));
        return RotationTopic.proposed(cadreId, TUYEN_QUANG, new UnitPost(district, "Phó Trưởng ban"),
                        new UnitPost(commune, "Bí thư Đảng ủy"), DOWN, LocalDate.of(2016, 1, 1),
                        LocalDate.of(2018, 12, 31))
                .started(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 12, 31))
                .completed(LocalDate.of(2018, 12, 31), 36);
    }

    private static void decided(String cadreId, EvaluatorRole role, String from, String to, RotationTopic rotation,
                                EvaluationPhase phase, int total, Classification classification) {
        EvaluationTopic.recorded(TUYEN_QUANG, cadreId, role, LocalDate.parse(from), LocalDate.parse(to), rotation.id(),
                phase, total, classification, List.of()).decided(total, classification);
    }

    private static String cadre(String fullName) {
        return CadreTopic.registered("TQ", fullName, Gender.MALE, LocalDate.of(1980, 1, 1), "Xã Hợp Thành").id();
    }

    private JsonNode awaitReview(String rotationId, Predicate<JsonNode> ready) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> http().get("/api/reports/rotations/" + rotationId, TestTokens.viewer()),
                        r -> r.status() == 200 && ready.test(r.body())).body();
    }
}
