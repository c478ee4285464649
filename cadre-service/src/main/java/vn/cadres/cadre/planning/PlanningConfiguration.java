package vn.cadres.cadre.planning;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the {@link PlanningLimits} a bean, which the {@code Cadre} aggregate's planning handlers
 * receive as a parameter and the slot reservations read.
 */
@Configuration
@EnableConfigurationProperties(PlanningLimits.class)
class PlanningConfiguration {
}
