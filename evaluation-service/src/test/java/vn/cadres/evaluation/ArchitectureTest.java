package vn.cadres.evaluation;

import org.junit.jupiter.api.Test;
import vn.cadres.platform.testing.ArchitectureRules;

/** evaluation-service keeps the layering (see {@link ArchitectureRules}). */
class ArchitectureTest {

    @Test
    void evaluationServiceKeepsTheLayering() {
        ArchitectureRules.check(EvaluationServiceApplication.class);
    }
}
