package vn.cadres.evaluation.decide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cadres.evaluation.EvaluationHttpTest;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.TestTokens;

/**
 * The steps of Quy định 124/366 over HTTP: self-assessment, verification, decision, amendment, each
 * with who and when; the order enforced; the quota of excellent counted over a unit's decisions.
 */
class EvaluationWorkflowHttpTest extends EvaluationHttpTest {

    @Test
    void an_evaluation_goes_through_its_steps_and_an_amendment_keeps_the_original_decision() {
        String cadreId = knownCadre("Đặng Quốc Hương").id();
        String evaluationId = recorded(cadreId, 2016, newUnit(), "RECEIVING_UNIT", 19, 14, 51, 9);

        assertThat(step(evaluationId, "verification", """
                {"scores": {"POLITICAL_QUALITY": 18, "COMPETENCE": 13, "TASK_RESULTS": 46, "REPUTATION": 9},
                 "note": "Thiếu minh chứng về kết quả giảm nghèo", "effectiveDate": "2017-01-10"}""").status())
                .isEqualTo(204);
        assertThat(step(evaluationId, "decision", DECISION.formatted("12-QĐ/HU")).status()).isEqualTo(204);
        assertThat(step(evaluationId, "amendment", """
                {"scores": {"POLITICAL_QUALITY": 12, "COMPETENCE": 9, "TASK_RESULTS": 33, "REPUTATION": 6},
                 "reason": "Phát hiện vi phạm sau khi xếp loại",
                 "decision": {"number": "31-QĐ/HU", "date": "2017-03-01", "issuingBody": "Huyện ủy Điện Biên"}}""")
                .status()).isEqualTo(204);

        JsonNode evaluation = evaluation(evaluationId);
        assertThat(evaluation.get("selfAssessment").get("classification").asText()).isEqualTo("EXCELLENT");
        assertThat(evaluation.get("verified").get("classification").asText()).isEqualTo("GOOD");
        assertThat(evaluation.get("decided").get("classification").asText()).isEqualTo("COMPLETED");
        assertThat(evaluation.get("decided").get("totalScore").asInt()).isEqualTo(60);
        assertThat(evaluation.get("amendments").get(0).get("previousClassification").asText()).isEqualTo("GOOD");
        assertThat(types(evaluation)).containsExactly("evaluation.EvaluationRecorded", "evaluation.EvaluationVerified",
                "evaluation.EvaluationDecided", "evaluation.EvaluationAmended");
        JsonNode decided = evaluation.get("timeline").get(2);
        assertThat(decided.get("details").get("decision").get("number").asText()).isEqualTo("12-QĐ/HU");
        assertThat(decided.get("actor").asText()).isEqualTo("office-DB");
        assertThat(decided.get("effectiveDate").asText()).isEqualTo("2017-01-20");
    }

    @Test
    void steps_out_of_order_are_refused_with_the_current_state() {
        String cadreId = knownCadre("Lò Văn Vội").id();
        String evaluationId = recorded(cadreId, 2016, newUnit(), "DECIDING_LEVEL", 18, 13, 46, 9);

        Http.Response decision = step(evaluationId, "decision", DECISION.formatted("1-QĐ/HU"));
        Http.Response amendment = step(evaluationId, "amendment", """
                {"scores": {"POLITICAL_QUALITY": 12, "COMPETENCE": 9, "TASK_RESULTS": 33, "REPUTATION": 6},
                 "reason": "sửa", "decision": {"number": "2", "date": "2017-03-01", "issuingBody": "Huyện ủy"}}""");

        assertThat(decision.status()).isEqualTo(409);
        assertThat(decision.body().get("code").asText()).isEqualTo("evaluation-out-of-order");
        assertThat(decision.body().get("state").asText()).isEqualTo("SELF_ASSESSED");
        assertThat(amendment.status()).isEqualTo(409);
    }

    @Test
    void within_a_unit_group_and_year_excellent_may_not_pass_a_fifth_of_good() {
        String unit = newUnit();
        for (int i = 0; i < 5; i++) {
            decide(recorded(knownCadre("Cán bộ tốt " + i).id(), 2016, unit, "DECIDING_LEVEL", 18, 13, 46, 9));
        }
        String first = recorded(knownCadre("Cán bộ xuất sắc 1").id(), 2016, unit, "DECIDING_LEVEL", 19, 14, 51, 9);
        String second = recorded(knownCadre("Cán bộ xuất sắc 2").id(), 2016, unit, "DECIDING_LEVEL", 20, 15, 52, 10);
        String nextYear = recorded(knownCadre("Cán bộ xuất sắc 3").id(), 2017, unit, "DECIDING_LEVEL", 20, 15, 52, 10);

        assertThat(decide(first).status()).isEqualTo(204);
        Http.Response refused = decide(second);
        assertThat(decide(nextYear).status()).as("2016's good make no room in 2017").isEqualTo(409);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("code").asText()).isEqualTo("evaluation-quota-exceeded");
        assertThat(refused.body().get("excellent").asInt()).isEqualTo(2);
        assertThat(refused.body().get("good").asInt()).isEqualTo(5);
        assertThat(refused.body().get("maxExcellent").asInt()).isEqualTo(1);
        assertThat(evaluation(second).get("status").asText()).isEqualTo("VERIFIED");
    }

    @Test
    void an_auditor_reads_every_step_and_writes_none() {
        String cadreId = knownCadre("Lò Văn Xem").id();
        String evaluationId = recorded(cadreId, 2016, newUnit(), "DECIDING_LEVEL", 18, 13, 46, 9);

        Http.Response write = http().post("/api/evaluations/" + evaluationId + "/verification", TestTokens.auditor(),
                "{}");
        Http.Response otherOffice = http().get("/api/evaluations/" + evaluationId, TestTokens.office("LS"));

        assertThat(write.status()).isEqualTo(403);
        assertThat(otherOffice.status()).isEqualTo(403);
        assertThat(evaluation(evaluationId).get("status").asText()).isEqualTo("SELF_ASSESSED");
    }

    /** Verifies as self-assessed and decides. */
    private Http.Response decide(String evaluationId) {
        Http.Response verified = step(evaluationId, "verification", "{}");
        assertThat(verified.status()).as("%s", verified.body()).isEqualTo(204);
        return step(evaluationId, "decision", DECISION.formatted("7-QĐ/HU"));
    }

    private static List<String> types(JsonNode evaluation) {
        List<String> types = new ArrayList<>();
        evaluation.get("timeline").forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }
}
