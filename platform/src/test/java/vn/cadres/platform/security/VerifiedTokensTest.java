package vn.cadres.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.testing.LocalTokenIssuer;

class VerifiedTokensTest {

    @TempDir
    Path keys;

    private final AtomicInteger signatureChecks = new AtomicInteger();
    private Instant now = Instant.now();
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    };
    private LocalTokenIssuer issuer;
    private VerifiedTokens tokens;

    @BeforeEach
    void decoderOfTheIssuersPublicKey() {
        issuer = LocalTokenIssuer.inDirectory(keys);
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey(
                (RSAPublicKey) PemKeyPair.inDirectory(keys, LocalTokenIssuer.KEY_NAME).publicKey()).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        nimbus.setJwtValidator(timestamps);
        JwtDecoder counting = token -> {
            signatureChecks.incrementAndGet();
            return nimbus.decode(token);
        };
        tokens = new VerifiedTokens(counting, clock);
    }

    @Test
    void the_same_token_is_verified_once() {
        String token = issuer.mint("office-HN", Set.of(Role.OFFICE), ProvinceCode.of("HN"));

        for (int request = 0; request < 100; request++) {
            assertThat(tokens.decode(token).getClaimAsString("province")).isEqualTo("HN");
        }

        assertThat(signatureChecks).hasValue(1);
    }

    @Test
    void an_expired_token_goes_back_to_the_decoder_which_refuses_it() {
        String token = issuer.mint("office-HN", Set.of(Role.OFFICE), ProvinceCode.of("HN"), Duration.ofMinutes(2));
        tokens.decode(token);

        now = now.plus(Duration.ofMinutes(4));

        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(signatureChecks).hasValue(2);
    }

    @Test
    void a_remembered_token_is_verified_again_after_a_while() {
        String token = issuer.mint("office-HN", Set.of(Role.OFFICE), ProvinceCode.of("HN"));
        tokens.decode(token);

        now = now.plus(VerifiedTokens.REVERIFY_AFTER);
        tokens.decode(token);
        tokens.decode(token);

        assertThat(signatureChecks).hasValue(2);
    }

    @Test
    void a_refused_token_is_not_remembered() {
        String token = issuer.mint("office-HN", Set.of(Role.OFFICE), ProvinceCode.of("HN"));
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
        }

        assertThat(signatureChecks).hasValue(3);
    }
}
