package vn.cadres.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.cadres.contracts.ProvinceCode;
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
        assertThat(get("/sample/public/ping", null).statusCode()).isEqualTo(200);
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
}
