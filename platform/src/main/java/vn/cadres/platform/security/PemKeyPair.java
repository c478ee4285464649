package vn.cadres.platform.security;

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
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * An RSA key pair kept as two PEM files in a directory ({@code NAME-private.pem}, readable by its
 * owner only, and {@code NAME-public.pem}), created on first use. Several processes may start at
 * once on one directory: a file lock makes exactly one of them create the pair, and the files
 * appear complete or not at all.
 */
public record PemKeyPair(PrivateKey privateKey, PublicKey publicKey, Path privateKeyFile, Path publicKeyFile) {

    /** Uses the pair {@code name} in {@code directory}, creating the directory and the pair if missing. */
    public static PemKeyPair inDirectory(Path directory, String name) {
        try {
            Files.createDirectories(directory);
            Path privateFile = directory.resolve(name + "-private.pem");
            Path publicFile = directory.resolve(name + "-public.pem");
            createIfMissing(directory, name, privateFile, publicFile);
            return new PemKeyPair(readPrivateKey(privateFile), readPublicKey(Files.readString(publicFile)),
                    privateFile.toAbsolutePath(), publicFile.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the key pair " + name + " in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the key pair " + name + " in " + directory, e);
        }
    }

    /** The X.509 SubjectPublicKeyInfo PEM of a public key. */
    public static String pem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    /** Reads a public key from its PEM text. */
    public static PublicKey readPublicKey(String pem) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem, "PUBLIC KEY")));
    }

    private static void createIfMissing(Path directory, String name, Path privateFile, Path publicFile)
            throws IOException, GeneralSecurityException {
        synchronized (PemKeyPair.class) {
            try (FileChannel lockFile = FileChannel.open(directory.resolve("." + name + "-keys.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                if (Files.exists(privateFile) && Files.exists(publicFile)) {
                    return;
                }
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                write(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
                write(publicFile, pem(pair.getPublic()), false);
            }
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] der(String pem, String label) {
        return Base64.getMimeDecoder().decode(pem.replace("-----BEGIN " + label + "-----", "")
                .replace("-----END " + label + "-----", "").strip());
    }

    private static void write(Path file, String pem, boolean secret) throws IOException {
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
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                der(Files.readString(file, StandardCharsets.US_ASCII), "PRIVATE KEY")));
    }
}
