package vn.cadres.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import vn.cadres.platform.PlatformDefaults;

/**
 * Which key verifies the tokens: the local signing key of run.sh and tests, unless an identity
 * provider is named. Both at once would verify the provider's tokens with the local key (Boot
 * prefers a public key when both are set) and refuse every one of them.
 */
class TokenVerificationDefaultsTest {

    private static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    private static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";
    private static final String PUBLIC_KEY = "spring.security.oauth2.resourceserver.jwt.public-key-location";

    @Test
    void without_an_issuer_tokens_are_verified_with_the_local_key_of_the_data_directory() {
        StandardEnvironment environment = environment(Map.of("cadres.data-dir", "/srv/cadres"));

        assertThat(environment.getProperty(PUBLIC_KEY)).isEqualTo("file:/srv/cadres/keys/jwt-public.pem");
        assertThat(environment.getProperty(ISSUER_URI)).isNull();
    }

    @Test
    void cadres_issuer_uri_names_the_provider_and_no_local_key_is_configured() {
        StandardEnvironment environment = environment(
                Map.of("CADRES_ISSUER_URI", "http://127.0.0.1:8180/realms/cadres"));

        assertThat(environment.getProperty(ISSUER_URI)).isEqualTo("http://127.0.0.1:8180/realms/cadres");
        assertThat(environment.getProperty(PUBLIC_KEY)).isNull();
    }

    @Test
    void boots_own_issuer_uri_or_jwk_set_uri_also_keeps_the_local_key_out() {
        assertThat(environment(Map.of(ISSUER_URI, "https://id.example.vn/realms/cadres")).getProperty(PUBLIC_KEY))
                .isNull();
        StandardEnvironment jwkSet = environment(Map.of(JWK_SET_URI, "https://id.example.vn/certs"));
        assertThat(jwkSet.getProperty(PUBLIC_KEY)).isNull();
        assertThat(jwkSet.getProperty(ISSUER_URI)).isNull();
    }

    private static StandardEnvironment environment(Map<String, Object> given) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("given", given));
        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
