package vn.cadres.cadre.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cadres.cadre.CadreServiceApplication;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.Topics;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.testing.EmbeddedParts;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.StoredEvents;
import vn.cadres.platform.testing.TestTokens;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = CadreServiceApplication.CONFIG_NAME)
class RegisterCadreHttpTest {

    private static final String NGUYEN_VAN_A = """
            {"fullName": "Nguyễn Văn A", "gender": "MALE", "birthDate": "1975-04-02",
             "managingProvince": "HN", "effectiveDate": "2014-07-01"}""";

    @DynamicPropertySource
    static void parts(DynamicPropertyRegistry registry) {
        EmbeddedParts.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    EventLog log;

    @Test
    void an_office_registers_a_cadre_of_its_province_and_the_fact_is_stored_and_published() {
        Http.Response response = Http.local(port).post("/api/cadres", TestTokens.office("HN"), NGUYEN_VAN_A);

        assertThat(response.status()).isEqualTo(201);
        String cadreId = response.body().get("cadreId").asText();
        assertThat(response.header("Location")).isEqualTo("/api/cadres/" + cadreId);

        EventEnvelope stored = StoredEvents.assertStoredAndPublished(log, Topics.CADRE_EVENTS, cadreId,
                "cadre.CadreRegistered.v1", "HN", LocalDate.of(2014, 7, 1));
        assertThat(stored.payload()).contains("Nguyễn Văn A");
    }

    @Test
    void without_a_token_nothing_is_registered() {
        Http.Response response = Http.local(port).post("/api/cadres", null, NGUYEN_VAN_A);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void an_office_may_not_register_a_cadre_of_another_province() {
        Http.Response response = Http.local(port).post("/api/cadres", TestTokens.office("LS"), NGUYEN_VAN_A);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().get("detail").asText()).contains("LS").contains("HN");
    }

    @Test
    void an_auditor_reads_but_never_writes() {
        assertThat(Http.local(port).post("/api/cadres", TestTokens.auditor(), NGUYEN_VAN_A).status()).isEqualTo(403);
    }

    @Test
    void a_birth_date_in_the_future_is_refused_naming_the_field() {
        Http.Response response = Http.local(port).post("/api/cadres", TestTokens.office("HN"),
                NGUYEN_VAN_A.replace("1975-04-02", "2999-01-01"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("birthDate");
    }

    @Test
    void coming_under_management_before_birth_is_refused_naming_the_field() {
        Http.Response response = Http.local(port).post("/api/cadres", TestTokens.office("HN"),
                NGUYEN_VAN_A.replace("2014-07-01", "1970-01-01"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("effectiveDate");
    }

    @Test
    void an_unknown_gender_is_refused_naming_the_field() {
        Http.Response response = Http.local(port).post("/api/cadres", TestTokens.office("HN"),
                NGUYEN_VAN_A.replace("MALE", "ROBOT"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().toString()).contains("gender");
    }
}
