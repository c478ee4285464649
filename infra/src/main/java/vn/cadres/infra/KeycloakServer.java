package vn.cadres.infra;

import java.nio.file.Path;
import java.time.Duration;

/**
 * run.sh's launcher of the local Keycloak: starts it (see {@link Keycloak}), prints
 * {@value #READY_PREFIX}... once the realm answers, and stops it when this process is asked to stop.
 */
public final class KeycloakServer {

    static final String READY_PREFIX = "Keycloak ready on ";

    private static final String USAGE = """
            usage: KeycloakServer [--data-dir DIR] [--port 8180] [--web-url http://127.0.0.1:8080]
              --data-dir DIR   Keycloak's home for this run: database and imported realm (env KEYCLOAK_DATA_DIR, default data/keycloak)
              --port N         HTTP on 127.0.0.1 (env KEYCLOAK_PORT, default 8180)
              --web-url URL    the web application, for the realm's redirect URIs at the first import (env CADRES_WEB_URL)
            Keycloak's bootstrap administrator comes from KC_BOOTSTRAP_ADMIN_USERNAME / _PASSWORD (default kcadmin / kcadmin).""";

    private KeycloakServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        LauncherArgs parsed = LauncherArgs.parse(args, USAGE);
        Path home = parsed.path("data-dir", "KEYCLOAK_DATA_DIR", "data/keycloak");
        int port = parsed.integer("port", "KEYCLOAK_PORT", 8180);
        String webUrl = parsed.string("web-url", Keycloak.WEB_URL_VARIABLE, Keycloak.DEFAULT_WEB_URL);
        String adminUser = parsed.string("admin-user", "KC_BOOTSTRAP_ADMIN_USERNAME", "kcadmin");
        String adminPassword = parsed.string("admin-password", "KC_BOOTSTRAP_ADMIN_PASSWORD", "kcadmin");
        LauncherArgs.requireFreePort(Keycloak.HOST, port, "--port", "is another Keycloak running?");

        long started = System.nanoTime();
        // The first start after a build of infra also builds the distribution (kc.sh build).
        Keycloak keycloak = Keycloak.start(home, port, webUrl,
                new Keycloak.Credentials(adminUser, adminPassword), null, Duration.ofMinutes(10));
        Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close, "keycloak-stop"));
        System.out.printf("%s%s (issuer %s, %d s)%n", READY_PREFIX, keycloak.baseUrl(), keycloak.issuerUri(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        int status = keycloak.waitFor();
        System.out.println("Keycloak exited with status " + status);
        System.exit(status == 0 ? 0 : 1);
    }
}
