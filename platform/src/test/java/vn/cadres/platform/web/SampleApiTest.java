package vn.cadres.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cadres.platform.problems.ProblemType;
import vn.cadres.platform.testing.TestTokens;

/**
 * Runs {@link SampleApplication} on a random port and talks to it over real HTTP, the way the
 * services' clients will. Subclasses share one application context.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.autoconfigure.exclude="
                        + "vn.cadres.platform.eventstore.EventStoreAutoConfiguration,"
                        + "vn.cadres.platform.publishing.PublishingAutoConfiguration,"
                        + "vn.cadres.platform.consuming.ConsumingAutoConfiguration,"
                        + "vn.cadres.platform.metrics.MetricsAutoConfiguration",
                "cadres.offices.accepted-provinces=HN,LS",
                "cadres.security.public-paths=/sample/public/**",
                "cadres.http.max-body-size=16KB"
        })
public abstract class SampleApiTest {

    protected static final String PROBLEM_JSON = "application/problem+json";
    protected static final int MAX_BODY = 16 * 1024;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void localKeys(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    protected HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    protected HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    protected HttpResponse<String> postJson(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    protected HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Asserts the status and that the body is a problem of our type; returns the body. */
    protected JsonNode problem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith(PROBLEM_JSON));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asString()).isEqualTo(ProblemType.BASE_URI + type);
        assertThat(problem.path("title").asString()).isNotBlank();
        return problem;
    }

    protected JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    protected static String cadre(String province) {
        return cadre("Nguyễn Văn An", "1980-05-17", "PARTY", province);
    }

    protected static String cadre(String fullName, String birthDate, String bloc, String province) {
        return """
                {"fullName": "%s", "birthDate": "%s", "bloc": "%s", "province": "%s"}
                """.formatted(fullName, birthDate, bloc, province);
    }
}
