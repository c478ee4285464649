package vn.cadres.system.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import vn.cadres.cadre.CadreServiceApplication;
import vn.cadres.evaluation.EvaluationServiceApplication;
import vn.cadres.infra.LocalKeycloak;
import vn.cadres.platform.testing.Http;
import vn.cadres.reporting.ReportingServiceApplication;
import vn.cadres.rotation.RotationServiceApplication;
import vn.cadres.system.RunningServices;
import vn.cadres.tools.demo.DemoData;
import vn.cadres.tools.demo.OfficeSignIn;

/**
 * The whole system as a person meets it, once per test JVM: the realm on a real Keycloak, the four
 * services accepting only its tokens, the demo dataset entered through their APIs by the three
 * provinces' offices (signed in at Keycloak), and the web application, in its own JVM from its
 * runnable jar, signing people in there.
 */
final class WebSystem {

    private static WebSystem shared;

    final LocalKeycloak keycloak;
    final Http cadres;
    final Http rotations;
    final Http evaluations;
    final Http reports;
    final String web;

    private WebSystem() {
        keycloak = LocalKeycloak.shared();
        RunningServices services = RunningServices.withIssuer(keycloak.issuerUri());
        cadres = services.start(CadreServiceApplication.class, CadreServiceApplication.CONFIG_NAME);
        rotations = services.start(RotationServiceApplication.class, RotationServiceApplication.CONFIG_NAME);
        evaluations = services.start(EvaluationServiceApplication.class, EvaluationServiceApplication.CONFIG_NAME);
        reports = services.start(ReportingServiceApplication.class, ReportingServiceApplication.CONFIG_NAME);
        new DemoData(new DemoData.Services(cadres.baseUrl(), rotations.baseUrl(), evaluations.baseUrl()),
                new OfficeSignIn(keycloak.issuerUri(), LocalKeycloak.DEMO_PASSWORD)).load();
        int port = freePort();
        web = "http://127.0.0.1:" + port;
        keycloak.allowWebApp(web);
        Process webApp = startWebApp(port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            webApp.destroy();
            services.close();
        }, "web-system-stop"));
    }

    /**
     * The web application as it runs in production: its own JVM from its runnable jar, configured by
     * the environment, here pointed at this Keycloak and these services. Ready when its health is UP.
     */
    private Process startWebApp(int port) {
        Path jar = Path.of("..", "web", "target", "web-0.1.0-SNAPSHOT-exec.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the web module is packaged before system-tests");
        }
        try {
            Path log = Files.createDirectories(Path.of("target")).resolve("web-app.log");
            ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx256m", "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(Map.of(
                    "WEB_PORT", String.valueOf(port),
                    "CADRES_ISSUER_URI", keycloak.issuerUri(),
                    "CADRE_SERVICE_URL", cadres.baseUrl(),
                    "ROTATION_SERVICE_URL", rotations.baseUrl(),
                    "EVALUATION_SERVICE_URL", evaluations.baseUrl(),
                    "REPORTING_SERVICE_URL", reports.baseUrl()));
            Process process = builder.start();
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the web application exited: see " + log.toAbsolutePath());
                }
                try {
                    HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(web + "/actuator/health"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200) {
                        return process;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            process.destroyForcibly();
            throw new IllegalStateException("the web application did not start within 3 minutes: see " + log.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized WebSystem shared() {
        if (shared == null) {
            shared = new WebSystem();
        }
        return shared;
    }

    /** A demo user's bearer token, to ask the services what the pages should show. */
    String token(String username) {
        return keycloak.accessToken(username);
    }
}
