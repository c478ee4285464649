package vn.cadres.platform.testing;

import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.security.Role;

/**
 * Bearer tokens for tests of any service: one key pair per JVM in a temporary directory, and
 * tokens for each kind of caller. Point the service at the public key with
 * {@link #register(DynamicPropertyRegistry)} from a {@code @DynamicPropertySource} method, then
 * send {@code Authorization: Bearer <token>} (for example {@code headers.setBearerAuth(office("HN"))}).
 */
public final class TestTokens {

    private static final LocalTokenIssuer ISSUER = issuerInTemporaryDirectory();

    private TestTokens() {
    }

    /** The PEM file Boot's {@code public-key-location} should read. */
    public static Path publicKeyFile() {
        return ISSUER.publicKeyFile();
    }

    /** Sets {@code spring.security.oauth2.resourceserver.jwt.public-key-location} to our key. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> publicKeyFile().toUri().toString());
    }

    /** The organisation office of {@code province} (such as "HN"). */
    public static String office(String province) {
        return token("office-" + province, Role.OFFICE, ProvinceCode.of(province));
    }

    public static String auditor() {
        return token("auditor", Role.AUDITOR, null);
    }

    public static String viewer() {
        return token("viewer", Role.VIEWER, null);
    }

    public static String admin() {
        return token("admin", Role.ADMIN, null);
    }

    /** Any other caller; {@code province} may be null. */
    public static String token(String subject, Role role, ProvinceCode province) {
        return ISSUER.mint(subject, Set.of(role), province);
    }

    /** The claims of a well-formed token for this system, valid for an hour, without any role. */
    public static JWTClaimsSet.Builder claims(String subject) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().subject(subject).issuer(LocalTokenIssuer.ISSUER)
                .audience(LocalTokenIssuer.AUDIENCE).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
    }

    /** Any claims, signed with the services' key: for tokens they must refuse. */
    public static String sign(JWTClaimsSet claims) {
        return ISSUER.sign(claims);
    }

    private static LocalTokenIssuer issuerInTemporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("cadres-test-keys");
            LocalTokenIssuer issuer = LocalTokenIssuer.inDirectory(directory);
            // Deleted in reverse order of registration: the files, then their directory.
            directory.toFile().deleteOnExit();
            try (var files = Files.list(directory)) {
                files.forEach(file -> file.toFile().deleteOnExit());
            }
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
