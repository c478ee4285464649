package vn.cadres.rotation;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.TestTokens;
import vn.cadres.rotation.cadres.KnownCadres;
import vn.cadres.rotation.units.KnownUnits;

/**
 * Base of rotation-service's HTTP tests: the service on a random port over the real broker and
 * MongoDB-wire server, with cadre-service's side written to {@code cadre.events} by {@link CadreTopic}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = RotationServiceApplication.CONFIG_NAME)
public abstract class RotationHttpTest extends RealPartsTest {

    protected static final Duration CONSUMED_WITHIN = Duration.ofSeconds(20);
    public static final String DIEN_BIEN = TestTokens.office("DB");

    @Autowired
    protected KnownCadres cadres;
    @Autowired
    protected KnownUnits units;

    /** Waits until this service has read the cadre and the units from {@code cadre.events}. */
    public void awaitKnown(String cadreId, String... unitIds) {
        await().atMost(CONSUMED_WITHIN).until(() -> cadres.find(cadreId).isPresent()
                && Stream.of(unitIds).allMatch(unitId -> units.find(unitId).isPresent()));
    }

    public Http.Response post(String path, String token, String json) {
        return http().post(path, token, json);
    }

    /** A rotation as an auditor reads it. */
    protected JsonNode rotation(String rotationId) {
        Http.Response response = http().get("/api/rotations/" + rotationId, TestTokens.auditor());
        if (response.status() != 200) {
            throw new AssertionError("GET rotation " + rotationId + ": " + response.status() + " " + response.body());
        }
        return response.body();
    }

    /** Waits until the list at {@code path} (read by an auditor) satisfies {@code ready}. */
    protected JsonNode awaitList(String path, Predicate<JsonNode> ready) {
        return await().atMost(CONSUMED_WITHIN).until(() -> http().get(path, TestTokens.auditor()),
                r -> r.status() == 200 && ready.test(r.body())).body();
    }

    /** Whether a list of rotations holds {@code rotationId}. */
    protected static boolean contains(JsonNode list, String rotationId) {
        for (JsonNode rotation : list) {
            if (rotation.get("rotationId").asText().equals(rotationId)) {
                return true;
            }
        }
        return false;
    }
}
