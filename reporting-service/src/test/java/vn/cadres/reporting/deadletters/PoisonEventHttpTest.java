package vn.cadres.reporting.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.evaluation.Classification;
import vn.cadres.contracts.evaluation.EvaluationPhase;
import vn.cadres.contracts.evaluation.UnitIndicator;
import vn.cadres.platform.testing.CadreTopic;
import vn.cadres.platform.testing.EvaluationTopic;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.TestTokens;
import vn.cadres.reporting.ReportingServiceApplication;

/**
 * An event no read model can take, written straight to the topic as issue 18 met it (an indicator
 * of 1E+7000, beyond what MongoDB's decimals hold), followed by ordinary events of another province,
 * one no other test of this JVM counts (the read models and topics are shared).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = ReportingServiceApplication.CONFIG_NAME)
class PoisonEventHttpTest extends RealPartsTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void an_event_that_fails_every_time_is_set_aside_for_an_administrator_and_every_other_report_goes_on() {
        Http reports = http();
        String poisoned = CadreTopic.registered("HG", "Sùng A Lỗi", Gender.MALE, LocalDate.of(1980, 2, 2), "Xã Lũng Cú")
                .id();
        EvaluationTopic poison = EvaluationTopic.recorded(ProvinceCode.of("HG"), poisoned, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), null, EvaluationPhase.NONE, 80, Classification.GOOD,
                List.of(new UnitIndicator("Tỷ lệ hộ nghèo", "%", new BigDecimal("1E+7000"))));
        poison.decided(80, Classification.GOOD);
        String later = CadreTopic.registered("BK", "Nông Thị Sau", Gender.FEMALE, LocalDate.of(1984, 4, 4),
                "Xã Đàm Thủy").id();
        EvaluationTopic.recordedOn(poison.partition(), ProvinceCode.of("BK"), later, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), 75, Classification.GOOD);

        JsonNode timeline = await().atMost(Duration.ofSeconds(45)).until(
                () -> reports.get("/api/reports/cadres/" + later + "/timeline", TestTokens.auditor()),
                // the registration comes on another topic than the evaluation: either may be read first
                r -> r.status() == 200 && r.body().findValuesAsText("type").containsAll(
                        List.of("evaluation.EvaluationRecorded", "cadre.CadreRegistered")))
                .body();
        assertThat(timeline.findValuesAsText("type")).as("an event of another province read after the poison")
                .contains("cadre.CadreRegistered");

        assertThat(reports.get("/api/admin/dead-letters", TestTokens.viewer()).status()).isEqualTo(403);
        JsonNode letters = reports.get("/api/admin/dead-letters", TestTokens.admin()).body();
        assertThat(letters.findValuesAsText("recordId")).containsOnly(poison.id());
        JsonNode recorded = letters.get(0);
        assertThat(recorded.get("processor").asText()).isEqualTo("reports");
        assertThat(recorded.get("type").asText()).isEqualTo("evaluation.EvaluationRecorded");
        assertThat(recorded.get("error").asText()).as("why it failed").isNotBlank();
        assertThat(recorded.get("payload").asText()).contains("1E+7000");
        JsonNode behind = letters.get(1);
        assertThat(behind.get("type").asText()).as("the record's next event waits behind it")
                .isEqualTo("evaluation.EvaluationDecided");
        assertThat(behind.get("blockedBy").asText()).isEqualTo(recorded.get("eventId").asText());
        assertThat(meters.get("cadres.dead.letters").tag("processor", "reports").gauge().value()).isEqualTo(2.0);
    }
}
