package vn.cadres.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.cadres.platform.testing.TestTokens;

class RequestBodyLimitTest extends SampleApiTest {

    private final String office = TestTokens.office("HN");

    @Test
    void aBodyDeclaredTooLargeIsRefusedBeforeItIsRead() {
        JsonNode problem = problem(postJson("/sample/cadres", office, oversizeCadre()), 413, "payload-too-large");
        assertThat(problem.path("detail").asString()).contains(String.valueOf(MAX_BODY));
    }

    @Test
    void aChunkedBodyIsRefusedOnceItGrowsTooLarge() {
        byte[] body = oversizeCadre().getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = request("/sample/cadres", office).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        problem(send(chunked), 413, "payload-too-large");
    }

    @Test
    void aChunkedBodyWithinTheLimitIsAccepted() {
        byte[] body = cadre("HN").getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = request("/sample/cadres", office).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        assertThat(send(chunked).statusCode()).isEqualTo(201);
    }

    private static String oversizeCadre() {
        return cadre("A".repeat(MAX_BODY + 1), "1980-05-17", "PARTY", "HN");
    }
}
