package vn.cadres.web.services;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the four services answer ({@code cadres.web.services.*}) and how long a page waits for one.
 *
 * @param cadres      cadre-service
 * @param rotations   rotation-service
 * @param evaluations evaluation-service
 * @param reports     reporting-service
 * @param timeout     the longest a page waits for a service's answer
 */
@ConfigurationProperties("cadres.web.services")
public record ServicesProperties(URI cadres, URI rotations, URI evaluations, URI reports, Duration timeout) {
}
