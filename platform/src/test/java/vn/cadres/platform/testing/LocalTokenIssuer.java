package vn.cadres.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Set;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.PemKeyPair;
import vn.cadres.platform.security.Role;

/**
 * Signs tokens for tests that do not exercise sign-in (those that do use the real provider,
 * {@code vn.cadres.infra.LocalKeycloak}). It keeps an RSA key
 * pair as PEM files in a directory; the services verify with the public one through Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location}, exactly the way production
 * verifies the real issuer's tokens. Never used in production: whoever reads the private key file
 * can act as any office.
 */
public final class LocalTokenIssuer {

    public static final String ISSUER = "cadres-local";
    /**
     * The audience of local tokens: the services check it
     * ({@code spring.security.oauth2.resourceserver.jwt.audiences}), so a token minted for another
     * system by the same issuer is refused.
     */
    public static final String AUDIENCE = "cadres";
    /** The key pair's name: its files are {@code jwt-private.pem} and {@code jwt-public.pem}. */
    public static final String KEY_NAME = "jwt";
    public static final String PRIVATE_KEY_FILE = KEY_NAME + "-private.pem";
    public static final String PUBLIC_KEY_FILE = KEY_NAME + "-public.pem";
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(12);

    private final PrivateKey privateKey;
    private final Path publicKeyFile;

    private LocalTokenIssuer(PrivateKey privateKey, Path publicKeyFile) {
        this.privateKey = privateKey;
        this.publicKeyFile = publicKeyFile;
    }

    /** Uses the key pair in {@code directory}, creating the directory and the pair if missing. */
    public static LocalTokenIssuer inDirectory(Path directory) {
        PemKeyPair keys = PemKeyPair.inDirectory(directory, KEY_NAME);
        return new LocalTokenIssuer(keys.privateKey(), keys.publicKeyFile());
    }

    /** The X.509 SubjectPublicKeyInfo PEM that Boot's {@code public-key-location} reads. */
    public Path publicKeyFile() {
        return publicKeyFile;
    }

    /** A token valid for {@link #DEFAULT_VALIDITY}; {@code province} may be null. */
    public String mint(String subject, Set<Role> roles, ProvinceCode province) {
        return mint(subject, roles, province, DEFAULT_VALIDITY);
    }

    /**
     * A signed RS256 JWT with {@code sub}, {@code roles}, {@code province} (if any), {@code iss},
     * {@code iat} and {@code exp}; a negative validity makes an expired token, for tests.
     */
    public String mint(String subject, Set<Role> roles, ProvinceCode province, Duration validity) {
        Objects.requireNonNull(subject, "subject");
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validity)))
                .claim(ActingOffice.ROLES_CLAIM, roles.stream().map(Role::name).sorted().toList());
        if (province != null) {
            claims.claim(ActingOffice.PROVINCE_CLAIM, province.value());
        }
        return sign(claims.build());
    }

    /** Signs any claims as they are: for tests of tokens the services must refuse. */
    public String sign(JWTClaimsSet claims) {
        SignedJWT token = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            token.sign(new RSASSASigner(privateKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a local token", e);
        }
        return token.serialize();
    }
}
