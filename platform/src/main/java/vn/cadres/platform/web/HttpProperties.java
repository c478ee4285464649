package vn.cadres.platform.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP API.
 *
 * @param maxBodySize the largest request body accepted ({@code cadres.http.max-body-size}); the
 *                    API takes small JSON commands, so anything bigger is a mistake or an attack
 * @param maxConcurrentRequests requests worked on at once ({@code cadres.http.max-concurrent-requests})
 * @param admissionWait how long a request may wait for a place before it is refused with 503
 */
@ConfigurationProperties("cadres.http")
public record HttpProperties(
        @DefaultValue("256KB") DataSize maxBodySize,
        @DefaultValue("64") int maxConcurrentRequests,
        @DefaultValue("2s") Duration admissionWait) {

    public HttpProperties {
        if (maxBodySize.toBytes() <= 0) {
            throw new IllegalArgumentException("cadres.http.max-body-size must be positive");
        }
        if (maxConcurrentRequests <= 0) {
            throw new IllegalArgumentException("cadres.http.max-concurrent-requests must be positive");
        }
    }
}
