package vn.cadres.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the tokens it has verified, so an office that sends the same token with every request
 * pays for one signature check and one parse, not one per request: at 200 commands/s the decoder
 * was about a tenth of cadre-service's CPU (JFR). A remembered token is only given back while it
 * has not expired and for at most {@link #REVERIFY_AFTER}; after that it goes through the decoder
 * again, so the cache never accepts what the decoder would refuse for longer than that (a key taken
 * out of the key set, for one). What the decoder refuses is not remembered.
 */
public final class VerifiedTokens implements JwtDecoder {

    static final Duration REVERIFY_AFTER = Duration.ofMinutes(5);
    static final int CAPACITY = 10_000;

    private final JwtDecoder decoder;
    private final Clock clock;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    public VerifiedTokens(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null && known.usableAt(now)) {
            return known.jwt();
        }
        Jwt jwt = decoder.decode(token);
        if (verified.size() >= CAPACITY) {
            verified.clear();
        }
        verified.put(token, new Verified(jwt, now));
        return jwt;
    }

    private record Verified(Jwt jwt, Instant at) {

        boolean usableAt(Instant now) {
            return now.isBefore(at.plus(REVERIFY_AFTER))
                    && (jwt.getExpiresAt() == null || now.isBefore(jwt.getExpiresAt()))
                    && (jwt.getNotBefore() == null || !now.isBefore(jwt.getNotBefore()));
        }
    }
}
