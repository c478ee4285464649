package vn.cadres.cadre;

import org.junit.jupiter.api.Test;
import vn.cadres.platform.testing.ArchitectureRules;

/** cadre-service keeps the layering (see {@link ArchitectureRules}). */
class ArchitectureTest {

    @Test
    void cadreServiceKeepsTheLayering() {
        ArchitectureRules.check(CadreServiceApplication.class);
    }
}
