package vn.cadres.evaluation;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.RoleMatrix;

/** Deny by default: who may call each endpoint, pinned here, and every endpoint tried with every role. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = EvaluationServiceApplication.CONFIG_NAME)
class RoleMatrixHttpTest extends RealPartsTest {

    @Test
    void every_endpoint_names_its_roles_and_answers_no_other() {
        RoleMatrix.of(http()).assertAnswersAsPinned("""
                GET /api/admin/dead-letters: ADMIN
                GET /api/admin/processors: ADMIN
                GET /api/evaluations/{evaluationId}: AUDITOR, OFFICE
                GET /api/evaluations: AUDITOR, OFFICE
                GET /api/history/events/stream: AUDITOR, OFFICE
                GET /api/history/events: AUDITOR, OFFICE
                GET /api/history/export/key: AUDITOR, OFFICE
                GET /api/history/export: AUDITOR, OFFICE
                GET /api/history/records/{recordId}: AUDITOR, OFFICE
                GET /api/history/verification: ADMIN, AUDITOR
                GET /api/replays: ADMIN, AUDITOR, OFFICE, VIEWER
                POST /api/admin/processors/{name}/replay: ADMIN
                POST /api/evaluations/{evaluationId}/amendment: OFFICE
                POST /api/evaluations/{evaluationId}/decision: OFFICE
                POST /api/evaluations/{evaluationId}/verification: OFFICE
                POST /api/evaluations: OFFICE
                """);
    }
}
