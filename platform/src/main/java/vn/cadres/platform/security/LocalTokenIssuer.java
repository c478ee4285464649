package vn.cadres.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Objects;
import java.util.Set;
import vn.cadres.contracts.ProvinceCode;

/**
 * Signs tokens for local runs and tests, where no identity provider exists. It keeps an RSA key
 * pair as PEM files in a directory; the services verify with the public one through Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location}, exactly the way production
 * verifies the real issuer's tokens. Never used in production: whoever reads the private key file
 * can act as any office.
 */
public final class LocalTokenIssuer {

    public static final String ISSUER = "cadres-local";
    public static final String PRIVATE_KEY_FILE = "jwt-private.pem";
    public static final String PUBLIC_KEY_FILE = "jwt-public.pem";
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(12);

    private final PrivateKey privateKey;
    private final Path publicKeyFile;

    private LocalTokenIssuer(PrivateKey privateKey, Path publicKeyFile) {
        this.privateKey = privateKey;
        this.publicKeyFile = publicKeyFile;
    }

    /** Uses the key pair in {@code directory}, creating the directory and the pair if missing. */
    public static LocalTokenIssuer inDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
            Path privateFile = directory.resolve(PRIVATE_KEY_FILE);
            Path publicFile = directory.resolve(PUBLIC_KEY_FILE);
            createKeysIfMissing(directory, privateFile, publicFile);
            return new LocalTokenIssuer(readPrivateKey(privateFile), publicFile.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the local JWT keys in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the local JWT keys in " + directory, e);
        }
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
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validity)))
                .claim(ActingOffice.ROLES_CLAIM, roles.stream().map(Role::name).sorted().toList());
        if (province != null) {
            claims.claim(ActingOffice.PROVINCE_CLAIM, province.value());
        }
        SignedJWT token = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims.build());
        try {
            token.sign(new RSASSASigner(privateKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a local token", e);
        }
        return token.serialize();
    }

    /**
     * Several services may start at once on one data directory: a file lock makes exactly one of
     * them create the pair, and the files appear complete or not at all.
     */
    private static void createKeysIfMissing(Path directory, Path privateFile, Path publicFile)
            throws IOException, GeneralSecurityException {
        synchronized (LocalTokenIssuer.class) {
            try (FileChannel lockFile = FileChannel.open(directory.resolve(".jwt-keys.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                if (Files.exists(privateFile) && Files.exists(publicFile)) {
                    return;
                }
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                writePem(privateFile, "PRIVATE KEY", pair.getPrivate().getEncoded(), true);
                writePem(publicFile, "PUBLIC KEY", pair.getPublic().getEncoded(), false);
            }
        }
    }

    private static void writePem(Path file, String label, byte[] der, boolean secret) throws IOException {
        String pem = "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
        Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
        setPermissions(partial, secret ? "rw-------" : "rw-r--r--");
        Files.writeString(partial, pem, StandardCharsets.US_ASCII);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void setPermissions(Path file, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: files under the user's profile are private to that user already.
        }
    }

    private static PrivateKey readPrivateKey(Path file) throws IOException, GeneralSecurityException {
        String base64 = Files.readString(file, StandardCharsets.US_ASCII)
                .replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "");
        byte[] der = Base64.getMimeDecoder().decode(base64);
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }
}
