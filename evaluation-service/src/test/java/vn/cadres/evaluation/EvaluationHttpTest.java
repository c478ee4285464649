package vn.cadres.evaluation;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.contracts.Gender;
import vn.cadres.evaluation.cadres.KnownCadres;
import vn.cadres.platform.testing.CadreTopic;
import vn.cadres.platform.testing.CadreTopic.CadreRecord;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.TestTokens;

/**
 * Base of evaluation-service's HTTP tests: the service on a random port over the real broker and
 * MongoDB-wire server, with cadre-service's and rotation-service's sides written to their topics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = EvaluationServiceApplication.CONFIG_NAME)
public abstract class EvaluationHttpTest extends RealPartsTest {

    protected static final Duration CONSUMED_WITHIN = Duration.ofSeconds(20);
    protected static final String DIEN_BIEN = TestTokens.office("DB");
    protected static final String EVALUATION = """
            {"cadreId": "%s", "periodStart": "%s", "periodEnd": "%s", "evaluatingUnitId": "%s",
             "evaluatorRole": "%s", "group": "Lãnh đạo, quản lý",
             "scores": {"POLITICAL_QUALITY": %d, "COMPETENCE": %d, "TASK_RESULTS": %d, "REPUTATION": %d},
             "indicators": [{"name": "Tỷ lệ hộ nghèo", "unit": "%%", "value": 38.5}]}""";
    protected static final String DECISION = """
            {"decision": {"number": "%s", "date": "2017-01-20", "issuingBody": "Ban Thường vụ Huyện ủy Điện Biên"}}""";

    @Autowired
    protected KnownCadres cadres;

    /** A new Điện Biên cadre, read by this service from {@code cadre.events}. */
    protected CadreRecord knownCadre(String fullName) {
        CadreRecord cadre = CadreTopic.registered("DB", fullName, Gender.MALE, LocalDate.of(1979, 5, 2), "Xã Nà Tấu");
        await().atMost(CONSUMED_WITHIN).until(() -> cadres.find(cadre.id()).isPresent());
        return cadre;
    }

    /** A unit id of its own, so quotas of tests sharing the database do not meet. */
    protected static String newUnit() {
        return "u-" + UUID.randomUUID();
    }

    /** Records the evaluation of a year with a score per criterion; returns its id. */
    protected String recorded(String cadreId, int year, String unitId, String role, int political, int competence,
                              int results, int reputation) {
        Http.Response response = http().post("/api/evaluations", DIEN_BIEN, EVALUATION.formatted(cadreId,
                year + "-01-01", year + "-12-31", unitId, role, political, competence, results, reputation));
        if (response.status() != 201) {
            throw new AssertionError("record: " + response.status() + " " + response.body());
        }
        return response.body().get("evaluationId").asText();
    }

    protected Http.Response step(String evaluationId, String step, String json) {
        return http().post("/api/evaluations/" + evaluationId + "/" + step, DIEN_BIEN, json);
    }

    /** An evaluation as an auditor reads it. */
    protected JsonNode evaluation(String evaluationId) {
        Http.Response response = http().get("/api/evaluations/" + evaluationId, TestTokens.auditor());
        if (response.status() != 200) {
            throw new AssertionError("GET evaluation: " + response.status() + " " + response.body());
        }
        return response.body();
    }

    protected JsonNode awaitList(String path, Predicate<JsonNode> ready) {
        return await().atMost(CONSUMED_WITHIN).until(() -> http().get(path, TestTokens.auditor()),
                r -> r.status() == 200 && ready.test(r.body())).body();
    }
}
