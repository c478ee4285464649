package vn.cadres.evaluation.scoring;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Makes the {@link EvaluationPolicy} a bean, which the {@code Evaluation} aggregate's handlers receive as a parameter. */
@Configuration
@EnableConfigurationProperties(EvaluationPolicy.class)
class ScoringConfiguration {
}
