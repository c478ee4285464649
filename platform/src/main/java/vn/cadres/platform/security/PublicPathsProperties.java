package vn.cadres.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Paths a service serves without a token, besides health.
 *
 * @param publicPaths {@code cadres.security.public-paths}: path patterns such as
 *                    {@code /dashboard/**}; empty by default, so everything needs a token
 */
@ConfigurationProperties("cadres.security")
public record PublicPathsProperties(@DefaultValue List<String> publicPaths) {
}
