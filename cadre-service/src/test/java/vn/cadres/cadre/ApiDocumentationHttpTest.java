package vn.cadres.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.RealPartsTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = CadreServiceApplication.CONFIG_NAME)
class ApiDocumentationHttpTest extends RealPartsTest {

    @Test
    void the_api_is_described_without_a_token_and_its_calls_still_need_one() {
        Http.Response description = http().get("/v3/api-docs", null);

        assertThat(description.status()).isEqualTo(200);
        assertThat(description.body().get("paths").has("/api/cadres")).isTrue();
        assertThat(description.body().get("paths").has("/api/units")).isTrue();
        assertThat(description.body().at("/components/securitySchemes/bearer-jwt/scheme").asText()).isEqualTo("bearer");
        assertThat(http().get("/swagger-ui/index.html", null).status()).isEqualTo(200);
        assertThat(http().get("/api/cadres", null).status()).isEqualTo(401);
    }
}
