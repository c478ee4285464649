package vn.cadres.evaluation.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.Topics;
import vn.cadres.contracts.cadre.DisciplineMeasure;
import vn.cadres.evaluation.EvaluationHttpTest;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.testing.CadreTopic.CadreRecord;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.StoredEvents;
import vn.cadres.platform.testing.TestTokens;

/** Recording an evaluation over real HTTP: what is stored and published, and what is refused. */
class RecordEvaluationHttpTest extends EvaluationHttpTest {

    @Autowired
    EventLog log;

    @Test
    void an_office_records_an_evaluation_of_its_cadre_and_the_fact_is_stored_and_published() {
        String cadreId = knownCadre("Đặng Quốc Hương").id();

        String evaluationId = recorded(cadreId, 2016, newUnit(), "RECEIVING_UNIT", 18, 13, 46, 9);

        EventEnvelope stored = StoredEvents.assertStoredAndPublished(log, Topics.EVALUATION_EVENTS, evaluationId,
                "evaluation.EvaluationRecorded.v2", "DB", LocalDate.of(2016, 12, 31));
        assertThat(stored.payload()).contains(cadreId).contains("\"totalScore\":86").contains("\"GOOD\"")
                .contains("\"value\":38.5");
        JsonNode evaluation = evaluation(evaluationId);
        assertThat(evaluation.get("status").asText()).isEqualTo("SELF_ASSESSED");
        assertThat(evaluation.get("cadreName").asText()).isEqualTo("Đặng Quốc Hương");
        assertThat(evaluation.get("selfAssessment").get("classification").asText()).isEqualTo("GOOD");
        assertThat(evaluation.get("indicators").get(0).get("name").asText()).isEqualTo("Tỷ lệ hộ nghèo");
        assertThat(evaluation.get("timeline").get(0).get("actor").asText()).isEqualTo("office-DB");
    }

    @Test
    void a_sanction_in_the_period_known_from_cadre_events_makes_it_not_completed() {
        CadreRecord cadre = knownCadre("Lò Văn Phạt").disciplined(DisciplineMeasure.REPRIMAND, "15-QĐ/TU",
                LocalDate.of(2016, 4, 10));
        await().atMost(CONSUMED_WITHIN).until(() -> !cadres.get(cadre.id()).sanctions().isEmpty());

        String evaluationId = recorded(cadre.id(), 2016, newUnit(), "DECIDING_LEVEL", 19, 14, 51, 9);

        JsonNode evaluation = evaluation(evaluationId);
        assertThat(evaluation.get("selfAssessment").get("totalScore").asInt()).isEqualTo(93);
        assertThat(evaluation.get("selfAssessment").get("classification").asText()).isEqualTo("NOT_COMPLETED");
        assertThat(evaluation.get("sanctioned").asBoolean()).isTrue();
    }

    @Test
    void invalid_input_is_refused_naming_the_field_and_stores_nothing() {
        String cadreId = knownCadre("Lò Văn Sai").id();
        String valid = EVALUATION.formatted(cadreId, "2016-01-01", "2016-12-31", newUnit(), "DECIDING_LEVEL", 18, 13,
                46, 9);
        long stored = log.headIndex();

        assertThat(fieldAtFault(valid.replace("\"TASK_RESULTS\": 46", "\"TASK_RESULTS\": 56")))
                .isEqualTo("scores.TASK_RESULTS");
        assertThat(fieldAtFault(valid.replace("\"periodEnd\": \"2016-12-31\"", "\"periodEnd\": \"2015-12-31\"")))
                .isEqualTo("periodEnd");
        assertThat(fieldAtFault(valid.replace("\"group\"", "\"classification\": \"EXCELLENT\", \"group\"")))
                .isEqualTo("classification");
        assertThat(fieldAtFault(valid.replace("\"group\"", "\"totalScore\": 90, \"group\""))).isEqualTo("totalScore");
        assertThat(fieldAtFault(valid.replace("\"DECIDING_LEVEL\"", "null"))).isEqualTo("evaluatorRole");
        assertThat(log.headIndex()).isEqualTo(stored);
    }

    @Test
    void an_unknown_cadre_is_not_found_and_another_province_may_not_record() {
        String cadreId = knownCadre("Lò Văn Riêng").id();
        String json = EVALUATION.formatted(cadreId, "2016-01-01", "2016-12-31", newUnit(), "DECIDING_LEVEL", 18, 13,
                46, 9);

        Http.Response unknown = http().post("/api/evaluations", DIEN_BIEN, json.replace(cadreId, "never-registered"));
        Http.Response langSon = http().post("/api/evaluations", TestTokens.office("LS"), json);
        Http.Response anonymous = http().post("/api/evaluations", null, json);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("resource").asText()).isEqualTo("cadre");
        assertThat(langSon.status()).isEqualTo(403);
        assertThat(langSon.body().get("detail").asText()).contains("LS").contains("DB");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    private String fieldAtFault(String json) {
        Http.Response response = http().post("/api/evaluations", DIEN_BIEN, json);
        assertThat(response.status()).as("%s", response.body()).isEqualTo(400);
        return response.body().get("errors").get(0).get("field").asText();
    }
}
