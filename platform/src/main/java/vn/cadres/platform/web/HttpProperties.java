package vn.cadres.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP API.
 *
 * @param maxBodySize the largest request body accepted ({@code cadres.http.max-body-size}); the
 *                    API takes small JSON commands, so anything bigger is a mistake or an attack
 */
@ConfigurationProperties("cadres.http")
public record HttpProperties(@DefaultValue("256KB") DataSize maxBodySize) {

    public HttpProperties {
        if (maxBodySize.toBytes() <= 0) {
            throw new IllegalArgumentException("cadres.http.max-body-size must be positive");
        }
    }
}
