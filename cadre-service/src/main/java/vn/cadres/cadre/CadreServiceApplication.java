package vn.cadres.cadre;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * cadre-service: cadres (cán bộ) and the organisation units they serve in. Publishes {@code cadre.events}.
 * Scheduling is on for the decisions the system takes by itself as time passes, such as the daily
 * planning-age review.
 */
@SpringBootApplication
@EnableScheduling
public class CadreServiceApplication {

    /** Its configuration file is {@code cadre-service.yml}, so services can share one classpath in tests. */
    public static final String CONFIG_NAME = "spring.config.name=cadre-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(CadreServiceApplication.class).properties(CONFIG_NAME).run(args);
    }
}
