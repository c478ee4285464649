package vn.cadres.reporting.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.contracts.province.Province;
import vn.cadres.contracts.province.Provinces;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.TestTokens;
import vn.cadres.reporting.ReportingServiceApplication;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = ReportingServiceApplication.CONFIG_NAME)
class ProvincesHttpTest extends RealPartsTest {

    private static List<String> names(JsonNode provinces) {
        return StreamSupport.stream(provinces.spliterator(), false).map(p -> p.get("shortName").asText()).toList();
    }

    @Test
    void the_provinces_come_from_the_reference_data_every_period_or_those_of_a_date() {
        Http.Response all = http().get("/api/reference/provinces", TestTokens.viewer());
        assertThat(all.status()).isEqualTo(200);
        assertThat(names(all.body())).containsExactlyElementsOf(
                Provinces.reference().all().stream().map(Province::shortName).toList());

        JsonNode tuyenQuang = StreamSupport.stream(all.body().spliterator(), false)
                .filter(p -> p.get("code").asText().equals("TQ") && p.hasNonNull("validFrom")).findFirst().orElseThrow();
        assertThat(tuyenQuang.get("officialName").asText()).isEqualTo("Tỉnh Tuyên Quang");
        assertThat(tuyenQuang.get("kind").asText()).isEqualTo("PROVINCE");
        assertThat(tuyenQuang.get("validFrom").asText()).isEqualTo("2025-07-01");
        assertThat(tuyenQuang.hasNonNull("validTo")).as("in force").isFalse();
        assertThat(tuyenQuang.get("formedFrom").toString()).isEqualTo("[\"TQ\",\"HG\"]");

        JsonNode before = http().get("/api/reference/provinces?asOf=2025-06-30", TestTokens.office("LS")).body();
        assertThat(before).hasSize(63);
        JsonNode after = http().get("/api/reference/provinces?asOf=2025-07-01", TestTokens.auditor()).body();
        assertThat(names(after)).hasSize(34).startsWith("An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng");
    }

    @Test
    void a_date_that_is_not_one_is_refused_naming_it() {
        Http.Response refused = http().get("/api/reference/provinces?asOf=2025-02-30", TestTokens.viewer());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("asOf");
    }
}
