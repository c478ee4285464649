package vn.cadres.rotation.rules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Makes the {@link RotationPolicy} a bean, which the {@code Rotation} aggregate's handlers receive as a parameter. */
@Configuration
@EnableConfigurationProperties(RotationPolicy.class)
class RulesConfiguration {
}
