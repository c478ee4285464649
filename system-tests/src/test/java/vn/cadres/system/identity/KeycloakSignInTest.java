package vn.cadres.system.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cadres.cadre.CadreServiceApplication;
import vn.cadres.infra.LocalKeycloak;
import vn.cadres.infra.LocalKeycloak.DemoUsers;
import vn.cadres.infra.LocalKeycloak.TokenResponse;
import vn.cadres.platform.testing.Http;
import vn.cadres.system.RunningServices;

/**
 * The realm kept in the repository, on a real Keycloak, gives tokens the services accept as they
 * are configured in production (an issuer URI, nothing else): the claims they read, the audience
 * they check, and the refusals that follow from them. Keycloak starts once for the JVM.
 */
class KeycloakSignInTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGISTRATION = """
            {"fullName": "Lường Văn Khai", "gender": "MALE", "birthDate": "1978-03-12",
             "managingProvince": "%s", "effectiveDate": "2016-05-01", "homeProvince": "%s",
             "homeCommune": "Phường Mường Thanh", "ethnicity": "Thái", "professionalEducation": "MASTER",
             "politicalTheory": "ADVANCED", "managementScope": "Ban Thường vụ Tỉnh ủy"}""";

    private static LocalKeycloak keycloak;
    private static RunningServices services;
    private static Http cadres;

    @BeforeAll
    static void start() {
        keycloak = LocalKeycloak.shared();
        services = RunningServices.withIssuer(keycloak.issuerUri());
        cadres = services.start(CadreServiceApplication.class, CadreServiceApplication.CONFIG_NAME);
    }

    @AfterAll
    static void stop() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void an_office_token_carries_its_roles_its_province_and_the_audience_of_the_system() throws Exception {
        JsonNode claims = claims(keycloak.accessToken(DemoUsers.OFFICE_HN));

        assertThat(claims.get("iss").asText()).isEqualTo(keycloak.issuerUri());
        assertThat(audiences(claims)).contains("cadres");
        assertThat(claims.get("roles").toString()).isEqualTo("[\"OFFICE\"]");
        assertThat(claims.get("province").asText()).isEqualTo("HN");
        assertThat(claims.get("sub").asText()).isNotBlank();
        assertThat(claims.get("family_name").asText() + " " + claims.get("given_name").asText())
                .isEqualTo("Nguyễn Thị Lan");
    }

    @Test
    void roles_without_a_province_carry_none() throws Exception {
        JsonNode claims = claims(keycloak.accessToken(DemoUsers.AUDITOR));

        assertThat(claims.get("roles").toString()).isEqualTo("[\"AUDITOR\"]");
        assertThat(claims.has("province")).isFalse();
    }

    @Test
    void a_service_configured_with_the_issuer_lets_an_office_read_its_province_and_no_other() {
        String hanoi = keycloak.accessToken(DemoUsers.OFFICE_HN);

        assertThat(cadres.get("/api/cadres?province=HN", hanoi).status()).isEqualTo(200);
        assertThat(cadres.get("/api/cadres?province=LS", hanoi).status()).isEqualTo(403);
    }

    @Test
    void an_office_writes_its_own_province_only() {
        String dienBien = keycloak.accessToken(DemoUsers.OFFICE_DB);

        assertThat(cadres.post("/api/cadres", dienBien, REGISTRATION.formatted("DB", "DB")).status()).isEqualTo(201);
        assertThat(cadres.post("/api/cadres", dienBien, REGISTRATION.formatted("LS", "LS")).status()).isEqualTo(403);
    }

    @Test
    void a_viewer_cannot_write() {
        String viewer = keycloak.accessToken(DemoUsers.VIEWER);

        assertThat(cadres.post("/api/cadres", viewer, REGISTRATION.formatted("HN", "HN")).status()).isEqualTo(403);
    }

    @Test
    void a_token_of_the_same_provider_for_another_audience_is_refused() throws Exception {
        // A client of the same realm with the same roles and province, but no audience "cadres".
        String clientId = "other-system-" + UUID.randomUUID().toString().substring(0, 8);
        created(keycloak.admin("POST", "/clients", """
                {"clientId": "%s", "publicClient": true, "standardFlowEnabled": false,
                 "directAccessGrantsEnabled": true, "protocolMappers": [
                  {"name": "roles", "protocol": "openid-connect", "protocolMapper": "oidc-usermodel-realm-role-mapper",
                   "config": {"claim.name": "roles", "multivalued": "true", "access.token.claim": "true"}},
                  {"name": "province", "protocol": "openid-connect", "protocolMapper": "oidc-usermodel-attribute-mapper",
                   "config": {"claim.name": "province", "user.attribute": "province", "aggregate.attrs": "true",
                              "access.token.claim": "true"}}]}""".formatted(clientId)));
        TokenResponse other = keycloak.tokenRequest(java.util.Map.of("grant_type", "password", "client_id", clientId,
                "username", DemoUsers.OFFICE_HN, "password", LocalKeycloak.DEMO_PASSWORD));
        JsonNode claims = claims(other.accessToken());
        assertThat(claims.get("province").asText()).isEqualTo("HN");
        assertThat(audiences(claims)).doesNotContain("cadres");

        assertThat(cadres.get("/api/cadres?province=HN", other.accessToken()).status()).isEqualTo(401);
    }

    /**
     * Attempts a second apart, so that Keycloak's quick-login check (failures less than a second
     * apart lock at once, as a script guessing would) does not decide before the count does.
     */
    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one() throws Exception {
        String username = "office.hn.lockout-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Dung-Mat-Khau-2026";
        String location = created(keycloak.admin("POST", "/users", """
                {"username": "%s", "enabled": true, "firstName": "Bình", "lastName": "Đỗ Văn",
                 "email": "%s@cadres.local", "emailVerified": true, "groups": ["/offices/HN"],
                 "credentials": [{"type": "password", "value": "%s", "temporary": false}]}"""
                .formatted(username, username, password)));
        assertThat(keycloak.passwordGrant(username, password).status()).isEqualTo(200);

        String userId = location.substring(location.lastIndexOf('/') + 1);
        for (int attempt = 1; attempt <= 4; attempt++) {
            Thread.sleep(1_100);
            assertThat(keycloak.passwordGrant(username, "Sai-Mat-Khau-" + attempt).status()).isEqualTo(401);
        }
        assertThat(bruteForce(userId).get("disabled").asBoolean()).as("locked after 4").isFalse();

        Thread.sleep(1_100);
        assertThat(keycloak.passwordGrant(username, "Sai-Mat-Khau-5").status()).isEqualTo(401);

        TokenResponse locked = keycloak.passwordGrant(username, password);
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body()).contains("invalid_grant");
        JsonNode status = bruteForce(userId);
        assertThat(status.get("disabled").asBoolean()).isTrue();
        assertThat(status.get("numFailures").asInt()).isEqualTo(5);
    }

    private static JsonNode bruteForce(String userId) throws Exception {
        return JSON.readTree(keycloak.admin("GET", "/attack-detection/brute-force/users/" + userId, null).body());
    }

    @Test
    void the_password_policy_refuses_a_short_password() {
        HttpResponse<String> shortPassword = keycloak.admin("POST", "/users", """
                {"username": "office.hn.short", "enabled": true,
                 "credentials": [{"type": "password", "value": "Ngan1", "temporary": false}]}""");

        assertThat(shortPassword.statusCode()).isEqualTo(400);
        assertThat(shortPassword.body()).contains("invalidPasswordMinLengthMessage");
    }

    private static String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static JsonNode claims(String token) throws Exception {
        String payload = token.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private static java.util.List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.get("aud");
        if (aud == null) {
            return java.util.List.of();
        }
        return aud.isArray() ? java.util.stream.StreamSupport.stream(aud.spliterator(), false).map(JsonNode::asText).toList()
                : java.util.List.of(aud.asText());
    }
}
