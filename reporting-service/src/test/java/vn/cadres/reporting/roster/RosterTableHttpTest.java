package vn.cadres.reporting.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.contracts.Gender;
import vn.cadres.platform.testing.CadreTopic;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.TestTokens;
import vn.cadres.reporting.ReportingServiceApplication;

/** The roster of Nghệ An as a table: paged, names in Vietnamese order, searched without diacritics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = ReportingServiceApplication.CONFIG_NAME)
class RosterTableHttpTest extends RealPartsTest {

    private static final String ROSTER = "/api/reports/cadres?province=NA";

    @Test
    void the_roster_is_paged_in_vietnamese_order_and_searched_without_diacritics() {
        CadreTopic.registered("NA", "Đinh Văn Nam", Gender.MALE, LocalDate.of(1970, 1, 1), "Xã Nghi Lộc");
        CadreTopic.registered("NA", "Diệp Thị Hà", Gender.FEMALE, LocalDate.of(1980, 1, 1), "Xã Nghi Lộc");
        CadreTopic.registered("NA", "Ánh Văn Sơn", Gender.MALE, LocalDate.of(1990, 1, 1), "Xã Nghi Lộc");
        await().atMost(Duration.ofSeconds(30)).until(() -> http().get(ROSTER, TestTokens.viewer()).body(),
                r -> r.get("total").asInt() == 3);

        assertThat(names(ROSTER, TestTokens.viewer())).containsExactly("Ánh Văn Sơn", "Diệp Thị Hà", "Đinh Văn Nam");
        JsonNode second = http().get(ROSTER + "&size=2&page=1", TestTokens.viewer()).body();
        assertThat(second.get("total").asInt()).isEqualTo(3);
        assertThat(second.get("items").findValuesAsText("fullName")).containsExactly("Đinh Văn Nam");
        assertThat(names(ROSTER + "&q=dinh", TestTokens.viewer())).containsExactly("Đinh Văn Nam");
        assertThat(names(ROSTER + "&sort=-birthDate", TestTokens.auditor()))
                .containsExactly("Ánh Văn Sơn", "Diệp Thị Hà", "Đinh Văn Nam");
        Http.Response viewer = http().get(ROSTER + "&sort=birthDate", TestTokens.viewer());
        assertThat(viewer.status()).isEqualTo(400);
        assertThat(viewer.body().get("errors").get(0).get("field").asText()).isEqualTo("sort");

        String csv = new String(http().getRaw("/api/reports/export/cadres.csv?lang=en&province=NA&q=thi",
                TestTokens.auditor()).body(), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().toList().get(1)).isEqualTo("Diệp Thị Hà,Female,NA,1980-01-01,2010-01-01");
    }

    private List<String> names(String path, String token) {
        Http.Response answer = http().get(path, token);
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.body().get("items").findValuesAsText("fullName");
    }
}
