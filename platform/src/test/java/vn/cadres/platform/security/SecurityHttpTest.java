package vn.cadres.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.testing.LocalTokenIssuer;
import vn.cadres.platform.testing.TestTokens;
import vn.cadres.platform.web.SampleApiTest;

class SecurityHttpTest extends SampleApiTest {

    @TempDir
    Path otherKeys;

    @Test
    void withoutATokenTheAnswerIs401Problem() {
        JsonNode problem = problem(get("/sample/me", null), 401, "unauthorized");
        assertThat(problem.path("instance").asString()).isEqualTo("/sample/me");
    }

    @Test
    void healthNeedsNoToken() {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aConfiguredPublicPathNeedsNoToken() {
        assertThat(get("/sample/public/ping.json", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() {
        String forged = LocalTokenIssuer.inDirectory(otherKeys).mint("intruder", Set.of(Role.ADMIN), null);
        problem(get("/sample/me", forged), 401, "unauthorized");
    }

    @Test
    void anExpiredTokenIs401() {
        String expired = LocalTokenIssuer.inDirectory(TestTokens.publicKeyFile().getParent())
                .mint("office-HN", Set.of(Role.OFFICE), ProvinceCode.of("HN"), Duration.ofMinutes(-5));
        problem(get("/sample/me", expired), 401, "unauthorized");
    }

    @Test
    void anOfficeTokenWithoutProvinceIs401() {
        problem(get("/sample/me", TestTokens.token("office", Role.OFFICE, null)), 401, "unauthorized");
    }

    @Test
    void theControllerSeesWhoActs() {
        JsonNode office = json(get("/sample/me", TestTokens.office("HN")));
        assertThat(office.path("subject").asString()).isEqualTo("office-HN");
        assertThat(office.path("roles").get(0).asString()).isEqualTo("OFFICE");
        assertThat(office.path("province").asString()).isEqualTo("HN");
    }

    @Test
    void anOfficeWritesItsOwnProvince() {
        assertThat(postJson("/sample/cadres", TestTokens.office("HN"), cadre("HN")).statusCode()).isEqualTo(201);
    }

    @Test
    void anOfficeMayNotWriteAnotherProvince() {
        JsonNode problem = problem(postJson("/sample/cadres", TestTokens.office("HN"), cadre("LS")), 403,
                "forbidden");
        assertThat(problem.path("detail").asString()).isEqualTo("office HN may not write records of province LS");
    }

    @Test
    void anAuditorWritesNothing() {
        JsonNode problem = problem(postJson("/sample/cadres", TestTokens.auditor(), cadre("HN")), 403, "forbidden");
        assertThat(problem.path("detail").asString()).contains("may not write records of province HN");
    }

    @Test
    void anOfficeWhoseProvinceThisDeploymentDoesNotAcceptMayNotWrite() {
        JsonNode problem = problem(postJson("/sample/cadres", TestTokens.office("HP"), cadre("HP")), 403,
                "forbidden");
        assertThat(problem.path("detail").asString()).contains("does not accept records of province HP");
    }

    @Test
    void anOfficeReadsOnlyItsOwnProvinceWhileAuditorsReadAll() {
        problem(get("/sample/provinces/LS/cadres/C-1", TestTokens.office("HN")), 403, "forbidden");
        problem(get("/sample/provinces/LS/cadres/C-1", TestTokens.auditor()), 404, "not-found");
        problem(get("/sample/provinces/LS/cadres/C-1", TestTokens.viewer()), 404, "not-found");
        problem(get("/sample/provinces/HN/cadres/C-1", TestTokens.office("HN")), 404, "not-found");
    }

    @Test
    void aTokenWithNoRoleReachesNothing() {
        problem(get("/sample/me", signed(claims("nobody"))), 403, "forbidden");
        problem(get("/sample/provinces/HN/cadres/C-1", signed(claims("nobody"))), 403, "forbidden");
        problem(get("/actuator/prometheus", signed(claims("nobody"))), 403, "forbidden");
    }

    @Test
    void aTokenWithOnlyAnUnknownRoleReachesNothing() {
        String superuser = signed(claims("root").claim(ActingOffice.ROLES_CLAIM, List.of("SUPERUSER")));
        problem(get("/sample/me", superuser), 403, "forbidden");
        problem(get("/sample/cadres?limit=5", superuser), 403, "forbidden");
    }

    @Test
    void anEndpointAnswersOnlyTheRolesItNames() {
        problem(get("/sample/audits", TestTokens.viewer()), 403, "forbidden");
        problem(get("/sample/audits", TestTokens.office("HN")), 403, "forbidden");
        assertThat(get("/sample/audits", TestTokens.auditor()).statusCode()).isEqualTo(200);
    }

    @Test
    void metricsAreForAdministratorsAlone() {
        problem(get("/actuator/prometheus", TestTokens.viewer()), 403, "forbidden");
        problem(get("/actuator/prometheus", TestTokens.auditor()), 403, "forbidden");
        assertThat(get("/actuator/prometheus", TestTokens.admin()).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenThatNeverExpiresIs401() {
        JWTClaimsSet forever = claims("office-HN").claim(ActingOffice.ROLES_CLAIM, List.of("OFFICE"))
                .claim(ActingOffice.PROVINCE_CLAIM, "HN").expirationTime(null).build();
        assertThat(forever.getExpirationTime()).isNull();
        problem(get("/sample/me", TestTokens.sign(forever)), 401, "unauthorized");
    }

    @Test
    void aTokenMeantForAnotherSystemIs401() {
        String elsewhere = signed(claims("auditor").audience("payroll")
                .claim(ActingOffice.ROLES_CLAIM, List.of("AUDITOR")));
        problem(get("/sample/me", elsewhere), 401, "unauthorized");
    }

    @Test
    void nobodyActsAsTheSystem() {
        String system = TestTokens.token(ActingOffice.SYSTEM_ACTOR_PREFIX + "rotation-overdue-deadline", Role.OFFICE,
                ProvinceCode.of("HN"));
        problem(postJson("/sample/cadres", system, cadre("HN")), 401, "unauthorized");
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFound() {
        problem(get("/error", TestTokens.auditor()), 404, "not-found");
    }

    private static JWTClaimsSet.Builder claims(String subject) {
        return TestTokens.claims(subject);
    }

    private static String signed(JWTClaimsSet.Builder claims) {
        return TestTokens.sign(claims.build());
    }
}
