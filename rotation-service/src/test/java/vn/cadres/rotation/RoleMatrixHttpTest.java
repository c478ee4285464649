package vn.cadres.rotation;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.RoleMatrix;

/** Deny by default: who may call each endpoint, pinned here, and every endpoint tried with every role. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = RotationServiceApplication.CONFIG_NAME)
class RoleMatrixHttpTest extends RealPartsTest {

    @Test
    void every_endpoint_names_its_roles_and_answers_no_other() {
        RoleMatrix.of(http()).assertAnswersAsPinned("""
                GET /api/admin/dead-letters: ADMIN
                GET /api/admin/processors: ADMIN
                GET /api/history/events/stream: AUDITOR, OFFICE
                GET /api/history/events: AUDITOR, OFFICE
                GET /api/history/export/key: AUDITOR, OFFICE
                GET /api/history/export: AUDITOR, OFFICE
                GET /api/history/records/{recordId}: AUDITOR, OFFICE
                GET /api/history/verification: ADMIN, AUDITOR
                GET /api/replays: ADMIN, AUDITOR, OFFICE, VIEWER
                GET /api/rotations/{rotationId}: AUDITOR, OFFICE
                GET /api/rotations: AUDITOR, OFFICE
                POST /api/admin/processors/{name}/replay: ADMIN
                POST /api/rotations/{rotationId}/approval: OFFICE
                POST /api/rotations/{rotationId}/cancellation: OFFICE
                POST /api/rotations/{rotationId}/completion: OFFICE
                POST /api/rotations/{rotationId}/early-end: OFFICE
                POST /api/rotations/{rotationId}/extension: OFFICE
                POST /api/rotations/{rotationId}/placement: OFFICE
                POST /api/rotations/{rotationId}/start: OFFICE
                POST /api/rotations: OFFICE
                """);
    }
}
