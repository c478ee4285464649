package vn.cadres.platform;

import org.junit.jupiter.api.Test;
import vn.cadres.platform.testing.ArchitectureRules;

/** Platform and contracts keep the layering (see {@link ArchitectureRules}). */
class ArchitectureTest {

    @Test
    void platformAndContractsKeepTheLayering() {
        ArchitectureRules.check(PlatformDefaults.class, vn.cadres.contracts.PublishedEvents.class);
    }
}
