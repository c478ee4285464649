package vn.cadres.reporting;

import org.junit.jupiter.api.Test;
import vn.cadres.platform.testing.ArchitectureRules;

/** reporting-service keeps the layering (see {@link ArchitectureRules}). */
class ArchitectureTest {

    @Test
    void reportingServiceKeepsTheLayering() {
        ArchitectureRules.check(ReportingServiceApplication.class);
    }
}
