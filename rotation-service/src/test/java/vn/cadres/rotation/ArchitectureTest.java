package vn.cadres.rotation;

import org.junit.jupiter.api.Test;
import vn.cadres.platform.testing.ArchitectureRules;

/** rotation-service keeps the layering (see {@link ArchitectureRules}). */
class ArchitectureTest {

    @Test
    void rotationServiceKeepsTheLayering() {
        ArchitectureRules.check(RotationServiceApplication.class);
    }
}
