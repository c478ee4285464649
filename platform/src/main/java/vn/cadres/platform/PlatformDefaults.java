package vn.cadres.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.util.StringUtils;

/**
 * Adds {@code platform-defaults.properties} behind every other property source, so each service
 * starts on embedded local defaults and anything (environment, its own application.yml, command
 * line) overrides them.
 *
 * <p>Then chooses how tokens are verified: by the identity provider when one is named (Boot's
 * {@code issuer-uri} or {@code jwk-set-uri}, or {@code CADRES_ISSUER_URI}), else by the local key
 * that run.sh and the tests sign with. Never both: Boot prefers a configured public key, and would
 * then refuse every token of the provider.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String JWT = "spring.security.oauth2.resourceserver.jwt.";
    static final String ISSUER_URI = JWT + "issuer-uri";
    static final String JWK_SET_URI = JWT + "jwk-set-uri";
    static final String PUBLIC_KEY_LOCATION = JWT + "public-key-location";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("cadres-platform-defaults",
                    new ClassPathResource("platform-defaults.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        environment.getPropertySources().addLast(new MapPropertySource("cadres-token-verification",
                tokenVerification(environment)));
    }

    private static Map<String, Object> tokenVerification(ConfigurableEnvironment environment) {
        if (StringUtils.hasText(environment.getProperty(ISSUER_URI))
                || StringUtils.hasText(environment.getProperty(JWK_SET_URI))) {
            return Map.of();
        }
        String issuer = environment.getProperty("cadres.security.issuer-uri");
        if (StringUtils.hasText(issuer)) {
            return Map.of(ISSUER_URI, issuer);
        }
        return Map.of(PUBLIC_KEY_LOCATION, environment.getProperty("cadres.security.local-public-key"));
    }
}
