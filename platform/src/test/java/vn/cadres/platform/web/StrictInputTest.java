package vn.cadres.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.cadres.platform.testing.TestTokens;

/** What a client did not mean is refused with the field named, never stored, never a 500 or an HTML page. */
class StrictInputTest extends SampleApiTest {

    private final String office = TestTokens.office("HN");

    @LocalServerPort
    int port;

    @Test
    void an_enum_given_by_its_position_is_refused() {
        assertField(postJson("/sample/cadres", office,
                "{\"fullName\": \"An\", \"birthDate\": \"1980-05-17\", \"bloc\": 1, \"province\": \"HN\"}"), "bloc");
    }

    @Test
    void a_number_or_a_boolean_is_not_taken_for_text() {
        assertField(postJson("/sample/cadres", office, cadre("HN").replace("\"Nguyễn Văn An\"", "123")), "fullName");
        assertField(postJson("/sample/cadres", office, cadre("HN").replace("\"Nguyễn Văn An\"", "true")), "fullName");
    }

    @Test
    void dates_outside_any_fact_of_the_system_are_refused() {
        for (String date : new String[] {"0000-01-01", "-0001-05-17", "9999-12-31"}) {
            JsonNode problem = assertField(postJson("/sample/cadres", office, cadre("An", date, "PARTY", "HN")),
                    "birthDate");
            assertThat(problem.at("/errors/0/message").asString()).contains("1900-01-01", "2100-12-31");
        }
    }

    @Test
    void a_date_given_as_a_day_number_is_refused() {
        assertField(postJson("/sample/cadres", office,
                "{\"fullName\": \"An\", \"birthDate\": 3650, \"bloc\": \"PARTY\", \"province\": \"HN\"}"), "birthDate");
    }

    @Test
    void a_fraction_is_not_cut_to_a_whole_score() {
        assertField(postJson("/sample/scores", office, "{\"periodStart\": \"2024-01-01\", \"scores\": {\"tasks\": 17.9}}"),
                "scores.tasks");
    }

    @Test
    void a_field_given_twice_is_refused() {
        JsonNode problem = problem(postJson("/sample/cadres", office,
                "{\"fullName\": \"An\", \"fullName\": \"Bình\", \"birthDate\": \"1980-05-17\", \"bloc\": \"PARTY\","
                        + " \"province\": \"HN\"}"), 400, "malformed-request");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("fullName");
    }

    @Test
    void a_number_no_figure_of_the_domain_needs_is_refused_in_a_nested_list() {
        for (String value : new String[] {"1E+100", "1E+7000", "0.0000001"}) {
            assertField(postJson("/sample/scores", office, "{\"periodStart\": \"2024-01-01\", \"indicators\": "
                    + "[{\"name\": \"Tỷ lệ hộ nghèo\", \"value\": 2.5}, {\"name\": \"GRDP\", \"value\": " + value + "}]}"),
                    "indicators[1].value");
        }
        assertThat(postJson("/sample/scores", office, "{\"periodStart\": \"2024-01-01\", \"indicators\": "
                + "[{\"name\": \"Thu ngân sách (triệu đồng)\", \"value\": 123456789012.25}]}").statusCode()).isEqualTo(200);
    }

    @Test
    void control_characters_and_half_surrogates_are_not_text() {
        for (String name : new String[] {"An\\u0000", "\\u001b[31mAn", "An\\ud800", "\\udc00An"}) {
            assertField(postJson("/sample/cadres", office, cadre(name, "1980-05-17", "PARTY", "HN")), "fullName");
        }
        assertField(postJson("/sample/scores", office, "{\"periodStart\": \"2024-01-01\", \"scores\": {\"\\u0007\": 1}}"),
                "scores");
        assertThat(postJson("/sample/cadres", office, cadre("Nguyễn Văn 𠀀 An", "1980-05-17", "PARTY", "HN")).statusCode())
                .as("a letter outside the basic plane is text").isEqualTo(201);
    }

    @Test
    void a_query_parameter_that_is_not_text_is_named() throws IOException {
        JsonNode problem = problem(get("/sample/cadres?limit=5&q=%00", office), 400, "validation");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("q");
        String broken = raw("GET /sample/cadres?limit=5&q=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                + office + "\r\nConnection: close\r\n\r\n");
        assertThat(broken).startsWith("HTTP/1.1 400").contains(PROBLEM_JSON).contains("\"field\":\"q\"");
    }

    @Test
    void a_json_body_declared_in_another_encoding_is_refused() {
        problem(send(request("/sample/cadres", office).header("Content-Type", "application/json; charset=UTF-16")
                .POST(HttpRequest.BodyPublishers.ofString(cadre("HN"))).build()), 415, "unsupported-media-type");
    }

    @Test
    void a_form_with_a_broken_escape_is_refused_without_a_500() {
        HttpRequest form = request("/sample/cadres", office).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=%zz")).build();
        assertThat(send(form).statusCode()).isBetween(400, 499);
        assertThat(send(form).headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(PROBLEM_JSON));
    }

    @Test
    void a_chunked_body_over_the_limit_is_too_large_whoever_sends_it() throws IOException {
        String chunk = "x".repeat(8192);
        StringBuilder request = new StringBuilder("POST /sample/cadres HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + TestTokens.viewer() + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        for (int i = 0; i < 128; i++) {
            request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        request.append("0\r\n\r\n");
        String answer = raw(request.toString());
        assertThat(answer).startsWith("HTTP/1.1 413").contains(PROBLEM_JSON);
    }

    @Test
    void a_request_the_server_refuses_before_any_endpoint_is_still_a_problem() throws IOException {
        String[] requests = {
                "GET /sample/a%2Fb HTTP/1.1", "GET /sample/a%5Cb HTTP/1.1", "GET /sample/a%00b HTTP/1.1",
                "GET /sample/a%zzb HTTP/1.1", "GET /sample/%C0%AF HTTP/1.1", "GET /sample/../../etc/passwd HTTP/1.1",
                "GET /sample/cadres?limit=5&q=" + "a".repeat(40_000) + " HTTP/1.1"};
        for (String line : requests) {
            String answer = raw(line + "\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + office
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(line).matches("(?s)HTTP/1.1 4\\d\\d.*").contains(PROBLEM_JSON);
        }
        String hugeHeader = raw("GET /sample/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                + "x".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        assertThat(hugeHeader).matches("(?s)HTTP/1.1 4\\d\\d.*").contains(PROBLEM_JSON);
    }

    @Test
    void an_unknown_health_component_is_a_problem() {
        problem(get("/actuator/health/db", null), 404, "not-found");
    }

    private JsonNode assertField(java.net.http.HttpResponse<String> response, String field) {
        JsonNode problem = problem(response, 400, "validation");
        assertThat(problem.at("/errors/0/field").asString()).as(response.body()).isEqualTo(field);
        return problem;
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException closedWhileSending) {
                // The server may answer and close before it has read all; its answer is what counts.
            }
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
