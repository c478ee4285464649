package vn.cadres.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.cadres.platform.testing.TestTokens;

class ProblemDetailsTest extends SampleApiTest {

    private final String office = TestTokens.office("HN");

    @Test
    void aDateInTheWrongFormatNamesTheField() {
        JsonNode problem = problem(postJson("/sample/cadres", office, cadre("An", "17/05/1980", "PARTY", "HN")),
                400, "validation");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("birthDate");
        assertThat(problem.path("errors").get(0).path("message").asString()).contains("yyyy-MM-dd");
        assertThat(problem.path("instance").asString()).isEqualTo("/sample/cadres");
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
        JsonNode problem = problem(postJson("/sample/cadres", office, cadre("An", "1980-05-17", "ARMY", "HN")),
                400, "validation");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("bloc");
        assertThat(problem.path("errors").get(0).path("message").asString()).contains("PARTY", "GOVERNMENT");
    }

    @Test
    void aMissingFieldIsNamed() {
        JsonNode problem = problem(postJson("/sample/cadres", office,
                """
                {"birthDate": "1980-05-17", "bloc": "PARTY", "province": "HN"}
                """), 400, "validation");
        assertThat(problem.path("errors")).hasSize(1);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("fullName");
        assertThat(problem.path("detail").asString()).contains("fullName");
    }

    @Test
    void aValueTypeRejectingItsInputNamesTheFieldWithItsOwnMessage() {
        JsonNode problem = problem(postJson("/sample/cadres", office, cadre("An", "1980-05-17", "PARTY", "hanoi")),
                400, "validation");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("province");
        assertThat(problem.path("errors").get(0).path("message").asString()).contains("province code");
    }

    @Test
    void malformedJsonIsABadRequest() {
        JsonNode problem = problem(postJson("/sample/cadres", office, "{\"fullName\": \"An\","), 400,
                "malformed-request");
        assertThat(problem.path("detail").asString()).contains("not well-formed JSON");
    }

    @Test
    void aBadPathVariableNamesTheParameter() {
        JsonNode problem = problem(get("/sample/provinces/hanoi/cadres/C-1", TestTokens.auditor()), 400,
                "validation");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("province");
        assertThat(problem.path("errors").get(0).path("message").asString()).contains("province code");
    }

    @Test
    void aConstrainedQueryParameterIsValidated() {
        JsonNode problem = problem(get("/sample/cadres?limit=0", office), 400, "validation");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("limit");
    }

    @Test
    void aBrokenRuleIsAConflictWithItsCodeAndFacts() {
        JsonNode problem = problem(postJson("/sample/rotations/R-8/start", office, "{}"), 409, "rule-violation");
        assertThat(problem.path("code").asString()).isEqualTo("rotation.already-active");
        assertThat(problem.path("activeRotation").asString()).isEqualTo("R-7");
        assertThat(problem.path("detail").asString()).isEqualTo("cadre C-1 is already on rotation R-7");
    }

    @Test
    void aMissingRecordIsNotFound() {
        JsonNode problem = problem(get("/sample/provinces/HN/cadres/C-404", office), 404, "not-found");
        assertThat(problem.path("resource").asString()).isEqualTo("cadre");
        assertThat(problem.path("id").asString()).isEqualTo("C-404");
    }

    @Test
    void aConcurrentModificationAsksToReloadAndRetry() {
        JsonNode problem = problem(get("/sample/conflict", office), 409, "concurrent-modification");
        assertThat(problem.path("detail").asString()).isEqualTo("concurrent modification, reload and retry");
    }

    @Test
    void aServiceAtItsLimitRefusesWithRetryAfterRatherThanQueueing() {
        HttpResponse<String> response = get("/sample/busy", office);
        problem(response, 503, "service-unavailable");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
    }

    @Test
    void anUnreachableDatabaseIsUnavailableWithRetryAfterNotAnInternalError() {
        for (String path : new String[] {"/sample/database-down", "/sample/database-gone"}) {
            HttpResponse<String> response = get(path, office);
            problem(response, 503, "service-unavailable");
            assertThat(response.headers().firstValue("Retry-After")).as(path).hasValue("1");
            assertThat(response.body()).as(path).doesNotContain("27027");
        }
    }

    @Test
    void anUnexpectedFailureHidesItsMessageBehindAnErrorId() {
        HttpResponse<String> response = get("/sample/boom", office);
        JsonNode problem = problem(response, 500, "internal");
        assertThat(response.body()).doesNotContain("hunter2").doesNotContain("IllegalStateException")
                .doesNotContain("at vn.cadres");
        assertThat(problem.path("errorId").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).contains(problem.path("errorId").asString());
    }

    @Test
    void anErrorOutsideSpringMvcIsAProblemToo() {
        JsonNode problem = problem(get("/sample/unavailable", office), 503, "service-unavailable");
        assertThat(problem.path("instance").asString()).isEqualTo("/sample/unavailable");
    }

    @Test
    void anUnknownPathIsNotFound() {
        problem(get("/sample/nothing-here", office), 404, "not-found");
    }

    @Test
    void aWrongMethodIsNotAllowed() {
        HttpResponse<String> response = send(request("/sample/me", office).DELETE().build());
        problem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        problem(send(request("/sample/cadres", office).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("An")).build()), 415, "unsupported-media-type");
    }
}
