package vn.cadres.evaluation.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.Topics;
import vn.cadres.evaluation.EvaluationServiceApplication;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.StoredEvents;
import vn.cadres.platform.testing.TestTokens;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = EvaluationServiceApplication.CONFIG_NAME)
class RecordEvaluationHttpTest extends RealPartsTest {

    private static final String YEAR_2022 = """
            {"cadreId": "c-ls-17", "province": "LS", "periodStart": "2022-01-01", "periodEnd": "2022-12-31",
             "totalScore": 82}""";

    @Autowired
    EventLog log;

    @Test
    void an_office_records_an_evaluation_of_its_province_and_the_fact_is_stored_and_published() {
        Http.Response response = http().post("/api/evaluations", TestTokens.office("LS"), YEAR_2022);

        assertThat(response.status()).isEqualTo(201);
        String evaluationId = response.body().get("evaluationId").asText();
        assertThat(response.header("Location")).isEqualTo("/api/evaluations/" + evaluationId);

        EventEnvelope stored = StoredEvents.assertStoredAndPublished(log, Topics.EVALUATION_EVENTS, evaluationId,
                "evaluation.EvaluationRecorded.v1", "LS", LocalDate.of(2022, 12, 31));
        assertThat(stored.payload()).contains("c-ls-17").contains("82");
    }

    @Test
    void without_a_token_nothing_is_recorded() {
        Http.Response response = http().post("/api/evaluations", null, YEAR_2022);

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void an_office_may_not_record_an_evaluation_of_another_province() {
        Http.Response response = http().post("/api/evaluations", TestTokens.office("HN"), YEAR_2022);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().get("detail").asText()).contains("HN").contains("LS");
    }

    @Test
    void a_score_above_the_100_point_scale_is_refused_naming_the_field() {
        Http.Response response = http().post("/api/evaluations", TestTokens.office("LS"),
                YEAR_2022.replace("82", "101"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("totalScore");
    }

    @Test
    void a_period_ending_before_it_starts_is_refused_naming_the_field() {
        Http.Response response = http().post("/api/evaluations", TestTokens.office("LS"),
                YEAR_2022.replace("2022-12-31", "2021-12-31"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("periodEnd");
    }
}
