package vn.cadres.cadre;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.RoleMatrix;

/** Deny by default: who may call each endpoint, pinned here, and every endpoint tried with every role. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = CadreServiceApplication.CONFIG_NAME)
class RoleMatrixHttpTest extends RealPartsTest {

    @Test
    void every_endpoint_names_its_roles_and_answers_no_other() {
        RoleMatrix.of(http()).assertAnswersAsPinned("""
                GET /api/admin/dead-letters: ADMIN
                GET /api/admin/processors: ADMIN
                GET /api/cadres/{cadreId}/timeline: AUDITOR, OFFICE
                GET /api/cadres/{cadreId}: AUDITOR, OFFICE
                GET /api/cadres: AUDITOR, OFFICE
                GET /api/history/events/stream: AUDITOR, OFFICE
                GET /api/history/events: AUDITOR, OFFICE
                GET /api/history/export/key: AUDITOR, OFFICE
                GET /api/history/export: AUDITOR, OFFICE
                GET /api/history/records/{recordId}: AUDITOR, OFFICE
                GET /api/history/verification: ADMIN, AUDITOR
                GET /api/planning: AUDITOR, OFFICE
                GET /api/replays: ADMIN, AUDITOR, OFFICE, VIEWER
                GET /api/units/{unitId}/today: AUDITOR, OFFICE, VIEWER
                GET /api/units/{unitId}: AUDITOR, OFFICE, VIEWER
                GET /api/units: AUDITOR, OFFICE, VIEWER
                POST /api/admin/processors/{name}/replay: ADMIN
                POST /api/cadres/{cadreId}/appointments/end: OFFICE
                POST /api/cadres/{cadreId}/appointments: OFFICE
                POST /api/cadres/{cadreId}/corrections: OFFICE
                POST /api/cadres/{cadreId}/death: OFFICE
                POST /api/cadres/{cadreId}/disciplines: OFFICE
                POST /api/cadres/{cadreId}/plans/remove: OFFICE
                POST /api/cadres/{cadreId}/plans: OFFICE
                POST /api/cadres/{cadreId}/qualifications: OFFICE
                POST /api/cadres/{cadreId}/retirement: OFFICE
                POST /api/cadres: OFFICE
                POST /api/planning/age-review: OFFICE
                POST /api/units/merge: OFFICE
                POST /api/units/tree: OFFICE
                POST /api/units/{unitId}/dissolve: OFFICE
                POST /api/units/{unitId}/rename: OFFICE
                POST /api/units: OFFICE
                """);
    }
}
