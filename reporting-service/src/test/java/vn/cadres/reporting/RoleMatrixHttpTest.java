package vn.cadres.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.RoleMatrix;

/** Deny by default: who may call each endpoint, pinned here, and every endpoint tried with every role. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = ReportingServiceApplication.CONFIG_NAME)
class RoleMatrixHttpTest extends RealPartsTest {

    @Test
    void every_endpoint_names_its_roles_and_answers_no_other() {
        RoleMatrix.of(http()).assertAnswersAsPinned("""
                GET /api/admin/dead-letters: ADMIN
                GET /api/admin/processors: ADMIN
                GET /api/reference/provinces: ADMIN, AUDITOR, OFFICE, VIEWER
                GET /api/replays: ADMIN, AUDITOR, OFFICE, VIEWER
                GET /api/reports/cadres/{cadreId}/timeline: AUDITOR, OFFICE
                GET /api/reports/cadres: AUDITOR, OFFICE, VIEWER
                GET /api/reports/export/{table}.{format}: AUDITOR, OFFICE, VIEWER
                GET /api/reports/key-posts: AUDITOR, OFFICE, VIEWER
                GET /api/reports/pool/summary: AUDITOR, OFFICE, VIEWER
                GET /api/reports/pool: AUDITOR, OFFICE, VIEWER
                GET /api/reports/programme: AUDITOR, OFFICE, VIEWER
                GET /api/reports/rotations/{rotationId}: AUDITOR, OFFICE, VIEWER
                GET /api/reports/rotations: AUDITOR, OFFICE, VIEWER
                POST /api/admin/processors/{name}/replay: ADMIN
                """);
    }
}
