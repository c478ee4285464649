package vn.cadres.rotation;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * rotation-service: rotations (luân chuyển) of cadres between units. Publishes {@code rotation.events};
 * knows cadres from {@code cadre.events}.
 */
@SpringBootApplication
@EnableScheduling
public class RotationServiceApplication {

    /** Its configuration file is {@code rotation-service.yml}, so services can share one classpath in tests. */
    public static final String CONFIG_NAME = "spring.config.name=rotation-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(RotationServiceApplication.class).properties(CONFIG_NAME).run(args);
    }
}
