package vn.cadres.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A local Keycloak (the OpenID Connect provider of local runs and tests) in its own process, from
 * the distribution the build unpacked into {@code infra/target/keycloak-VERSION}, with the realm
 * {@code cadres} ({@code infra/keycloak/cadres-realm.json}) imported on its first start.
 *
 * <p>The distribution stays read-only at run time, so run.sh and any number of test JVMs can use it
 * at once: each instance has its own home (its {@code data/}: the dev-file database and the realm to
 * import) and Keycloak runs {@code start --optimized} on a distribution built once for these options
 * ({@code kc.sh build}, under a file lock, on the first start after an unpack). {@code start-dev}
 * instead re-builds on every start, about 20 s more each time, and writes into the shared
 * distribution while doing so.
 *
 * <p>Loopback only: HTTP on 127.0.0.1, local caches (no JGroups cluster ports), no management port
 * (health and metrics off, so Keycloak 26 opens no port 9000). The issuer is fixed with
 * {@code --hostname}, so a token has the same {@code iss} whether it was asked for as 127.0.0.1 or
 * localhost.
 */
public final class Keycloak implements AutoCloseable {

    public static final String REALM = "cadres";
    /** Realm placeholder (resolved by Keycloak's import): the web application's base URL. */
    public static final String WEB_URL_VARIABLE = "CADRES_WEB_URL";
    /** Realm placeholder: the demo users' password (default {@link #DEFAULT_DEMO_PASSWORD}). */
    public static final String DEMO_PASSWORD_VARIABLE = "CADRES_DEMO_PASSWORD";
    /** Realm placeholder: the web client's secret (default {@link #DEFAULT_WEB_CLIENT_SECRET}). */
    public static final String WEB_CLIENT_SECRET_VARIABLE = "CADRES_WEB_CLIENT_SECRET";
    public static final String DEFAULT_DEMO_PASSWORD = "LuanChuyen2026";
    public static final String DEFAULT_WEB_CLIENT_SECRET = "cadres-web-local-secret";
    public static final String DEFAULT_WEB_URL = "http://127.0.0.1:8080";

    static final String HOST = "127.0.0.1";
    static final String REALM_RESOURCE = "keycloak/cadres-realm.json";
    /** Options that are fixed when the distribution is built; a start must repeat them. */
    private static final List<String> BUILD_OPTIONS = List.of(
            "--db=dev-file", "--health-enabled=false", "--metrics-enabled=false");
    private static final String BUILT_MARKER = "cadres-build-options";

    private final Process process;
    private final int port;

    private Keycloak(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts Keycloak and waits until the realm answers.
     *
     * @param home     this instance's own directory (created; its {@code data/} keeps the database)
     * @param port     HTTP port on 127.0.0.1
     * @param webUrl   the web application's base URL, for the realm's redirect URIs (first import only)
     * @param admin    user name and password of Keycloak's bootstrap administrator (master realm)
     * @param log      where Keycloak's output goes; null: this process's own output
     * @param timeout  for the build (first start after an unpack) and the start together
     */
    public static Keycloak start(Path home, int port, String webUrl, Credentials admin, Path log, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Path distribution = distribution();
        try {
            prepareHome(home);
            buildOnce(distribution, home, log, deadline);
            List<String> command = new ArrayList<>(List.of(kcSh(distribution).toString(),
                    "-Dkc.home.dir=" + home, "start", "--optimized"));
            command.addAll(BUILD_OPTIONS);
            command.addAll(List.of("--cache=local", "--http-enabled=true", "--http-host=" + HOST, "--http-port=" + port,
                    "--hostname=http://" + HOST + ":" + port, "--import-realm"));
            ProcessBuilder builder = processBuilder(command, log);
            Map<String, String> env = builder.environment();
            env.put(WEB_URL_VARIABLE, webUrl);
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", admin.username());
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", admin.password());
            Keycloak keycloak = new Keycloak(builder.start(), port);
            keycloak.awaitRealm(deadline);
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak from " + distribution, e);
        }
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://" + HOST + ":" + port;
    }

    /** The issuer of the realm's tokens: what the services' {@code issuer-uri} must say. */
    public String issuerUri() {
        return baseUrl() + "/realms/" + REALM;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for Keycloak to end (run.sh's launcher); its exit status. */
    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /**
     * Asks Keycloak to stop (kc.sh passes TERM on), then kills what is left after 15 s: within
     * run.sh's 20 s, so that no Keycloak outlives its launcher.
     */
    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                tree.forEach(ProcessHandle::destroyForcibly);
            }
        } catch (InterruptedException interrupted) {
            tree.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** User name and password. */
    public record Credentials(String username, String password) {
    }

    /**
     * The unpacked distribution: {@code -Dcadres.keycloak.dist}, else {@code keycloak-VERSION} beside
     * these classes in {@code infra/target} (target/classes in the reactor, target/infra-*.jar in
     * run.sh).
     */
    static Path distribution() {
        String configured = System.getProperty("cadres.keycloak.dist");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        String name = "keycloak-" + version();
        try {
            Path location = Path.of(Keycloak.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = location; dir != null; dir = dir.getParent()) {
                if (Files.isExecutable(dir.resolve(name).resolve("bin/kc.sh"))) {
                    return dir.resolve(name);
                }
                if (dir.getFileName() != null && dir.getFileName().toString().equals("target")) {
                    break;
                }
            }
            throw new IllegalStateException("no Keycloak distribution " + name + " beside " + location
                    + ": build infra first (mvn -pl infra -am package, or ./run.sh), or set -Dcadres.keycloak.dist");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String version() {
        try (InputStream in = Keycloak.class.getClassLoader().getResourceAsStream("keycloak/keycloak.properties")) {
            Properties properties = new Properties();
            properties.load(Objects.requireNonNull(in, "keycloak/keycloak.properties is not on the classpath"));
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The realm goes into {@code data/import}; Keycloak imports it only while the realm does not exist. */
    private static void prepareHome(Path home) throws IOException {
        Files.createDirectories(home.resolve("data/import"));
        // Keycloak refuses to start without a providers directory under its home.
        Files.createDirectories(home.resolve("providers"));
        try (InputStream realm = Keycloak.class.getClassLoader().getResourceAsStream(REALM_RESOURCE)) {
            Objects.requireNonNull(realm, REALM_RESOURCE + " is not on the classpath");
            Files.copy(realm, home.resolve("data/import/cadres-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        // start --optimized looks for the build's output under its home: the shared distribution's
        // (linked again each time, in case the checkout moved).
        Path lib = home.resolve("lib");
        if (Files.isSymbolicLink(lib)) {
            Files.delete(lib);
        }
        Files.createSymbolicLink(lib, distribution().resolve("lib"));
    }

    /** {@code kc.sh build} once per unpacked distribution and set of options; other JVMs wait for it. */
    private static synchronized void buildOnce(Path distribution, Path home, Path log, long deadline)
            throws IOException {
        Path marker = distribution.resolve("lib/quarkus").resolve(BUILT_MARKER);
        String options = String.join(" ", BUILD_OPTIONS);
        try (FileChannel channel = FileChannel.open(distribution.resolve(".cadres-build.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (Files.exists(marker) && Files.readString(marker).equals(options)) {
                return;
            }
            List<String> command = new ArrayList<>(List.of(kcSh(distribution).toString(),
                    "-Dkc.home.dir=" + home, "build"));
            command.addAll(BUILD_OPTIONS);
            Process build = processBuilder(command, log).start();
            long left = deadline - System.nanoTime();
            if (!build.waitFor(Math.max(left, 0), TimeUnit.NANOSECONDS)) {
                build.destroyForcibly();
                throw new IllegalStateException("kc.sh build did not finish in time" + seeLog(log));
            }
            if (build.exitValue() != 0) {
                throw new IllegalStateException("kc.sh build failed (" + build.exitValue() + ")" + seeLog(log));
            }
            Files.writeString(marker, options);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building Keycloak", e);
        }
    }

    private static Path kcSh(Path distribution) {
        return distribution.resolve("bin/kc.sh");
    }

    private static ProcessBuilder processBuilder(List<String> command, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (log == null) {
            builder.inheritIO();
        } else {
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        }
        // Keycloak runs on the JVM that starts it (JDK 25: the build's or run.sh's), whatever the
        // default java of the machine is.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JAVA_OPTS");
        return builder;
    }

    private void awaitRealm(long deadline) {
        URI wellKnown = URI.create(issuerUri() + "/.well-known/openid-configuration");
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak exited during start-up (" + process.exitValue() + ")");
                }
                try {
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(wellKnown)
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    close();
                    throw new IllegalStateException("Keycloak did not answer on " + wellKnown + " in time");
                }
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Keycloak started", e);
        }
    }

    private static String seeLog(Path log) {
        return log == null ? "" : ": see " + log;
    }
}
