package vn.cadres.evaluation;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * evaluation-service: evaluations (đánh giá, xếp loại) of cadres before, during and after their
 * rotations. Publishes {@code evaluation.events}; knows rotations from {@code rotation.events}.
 */
@SpringBootApplication
public class EvaluationServiceApplication {

    /** Its configuration file is {@code evaluation-service.yml}, so services can share one classpath in tests. */
    public static final String CONFIG_NAME = "spring.config.name=evaluation-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(EvaluationServiceApplication.class).properties(CONFIG_NAME).run(args);
    }
}
