package vn.cadres.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Tokens.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void initCreatesTheKeysAndPrintsThePublicKeyPath() {
        assertThat(run("init", "--data-dir", dataDir.toString())).isZero();
        Path publicKey = dataDir.resolve("keys").resolve(LocalTokenIssuer.PUBLIC_KEY_FILE).toAbsolutePath();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo(publicKey.toString());
        assertThat(Files.exists(publicKey)).isTrue();
    }

    @Test
    void mintPrintsOnlyAToken() {
        assertThat(run("mint", "--data-dir", dataDir.toString(), "OFFICE", "LS", "--hours", "1")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
    }

    @Test
    void badArgumentsExitWith2AndUsage() {
        assertThat(run("mint", "--data-dir", dataDir.toString(), "OFFICE")).isEqualTo(2);
        assertThat(run("mint", "--data-dir", dataDir.toString(), "KING")).isEqualTo(2);
        assertThat(run("mint", "OFFICE", "HN")).isEqualTo(2);
        assertThat(run("mint", "--data-dir", dataDir.toString(), "VIEWER", "--hours", "x")).isEqualTo(2);
        assertThat(run("burn")).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
        assertThat(Files.exists(dataDir.resolve("keys"))).isFalse();
    }
}
