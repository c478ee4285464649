package vn.cadres.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The realm {@code cadres} on a real Keycloak for tests, started once per JVM (like
 * {@code KafkaBroker.shared()}) on a free loopback port, in a temporary home, and stopped when the
 * JVM exits. For browser tests of the web application: {@link #allowWebApp(String)} lets a web
 * application on any port sign in through it. For services: {@link #issuerUri()} is what their
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (or {@code CADRES_ISSUER_URI}) says,
 * and {@link #accessToken(String)} asks for a demo user's token as token.sh does.
 *
 * <p>Uses nothing but the JDK, so any test classpath can take it. Its first start after a build of
 * infra also builds the distribution ({@code kc.sh build}); Keycloak's log is {@link #log()}.
 */
public final class LocalKeycloak {

    /** The confidential client of the web application (authorization code, PKCE S256). */
    public static final String WEB_CLIENT_ID = "cadres-web";
    public static final String WEB_CLIENT_SECRET = Keycloak.DEFAULT_WEB_CLIENT_SECRET;
    /** The client of scripts (password grant): local realm only. */
    public static final String CLI_CLIENT_ID = "cadres-cli";
    /** The path of the web application's redirect URI: Spring Security's, for registration "cadres". */
    public static final String WEB_REDIRECT_PATH = "/login/oauth2/code/cadres";
    /** Spring Security's OIDC back-channel logout endpoint for registration "cadres". */
    public static final String WEB_BACK_CHANNEL_LOGOUT_PATH = "/logout/connect/back-channel/cadres";

    /** Every demo user's password in the local realm. */
    public static final String DEMO_PASSWORD = Keycloak.DEFAULT_DEMO_PASSWORD;

    /** The demo users of the realm, by what they may do. */
    public static final class DemoUsers {
        /** OFFICE of Lạng Sơn (Hoàng Văn Minh). */
        public static final String OFFICE_LS = "office.ls";
        /** OFFICE of Hà Nội (Nguyễn Thị Lan). */
        public static final String OFFICE_HN = "office.hn";
        /** OFFICE of Điện Biên (Lò Văn Thắng). */
        public static final String OFFICE_DB = "office.db";
        /**
         * OFFICE of Hà Nội (Trần Quốc Hùng), meant to become its office's account administrator;
         * he has no administration rights yet (fine-grained admin permissions are not configured).
         */
        public static final String OFFICE_ADMIN_HN = "officeadmin.hn";
        /** AUDITOR (Phạm Thu Hà). */
        public static final String AUDITOR = "auditor";
        /** VIEWER, the Standing Committee (Vũ Đức Thành). */
        public static final String VIEWER = "viewer";
        /** ADMIN, operations (Đặng Minh Tuấn). */
        public static final String ADMIN = "admin";

        private DemoUsers() {
        }

        /** The demo user token.sh uses for ROLE [PROVINCE]: office.hn for OFFICE HN, viewer for VIEWER. */
        public static String of(String role, String province) {
            String lower = role.toLowerCase(java.util.Locale.ROOT);
            return lower.equals("office") ? "office." + province.toLowerCase(java.util.Locale.ROOT) : lower;
        }
    }

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Credentials ADMIN = new Credentials("kcadmin", "kcadmin-test");

    private static volatile LocalKeycloak shared;

    private final Keycloak keycloak;
    private final Path home;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Set<String> webApps = new LinkedHashSet<>();

    private LocalKeycloak(Keycloak keycloak, Path home) {
        this.keycloak = keycloak;
        this.home = home;
        webApps.add(Keycloak.DEFAULT_WEB_URL);
    }

    /** The one Keycloak of this JVM, started on first use (about a minute; more on a busy machine). */
    public static LocalKeycloak shared() {
        LocalKeycloak instance = shared;
        if (instance == null) {
            synchronized (LocalKeycloak.class) {
                instance = shared;
                if (instance == null) {
                    instance = start();
                    shared = instance;
                }
            }
        }
        return instance;
    }

    private static LocalKeycloak start() {
        try {
            Path home = Files.createTempDirectory("cadres-keycloak");
            long started = System.nanoTime();
            Keycloak keycloak = Keycloak.start(home, freePort(), Keycloak.DEFAULT_WEB_URL,
                    new Keycloak.Credentials(ADMIN.username(), ADMIN.password()), home.resolve("keycloak.log"),
                    Duration.ofMinutes(10));
            System.out.printf("LocalKeycloak: realm %s up in %d s (log %s)%n", keycloak.issuerUri(),
                    Duration.ofNanos(System.nanoTime() - started).toSeconds(), home.resolve("keycloak.log"));
            LocalKeycloak local = new LocalKeycloak(keycloak, home);
            Runtime.getRuntime().addShutdownHook(new Thread(local::stopAndDelete, "local-keycloak-stop"));
            return local;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** E.g. {@code http://127.0.0.1:41234/realms/cadres}. */
    public String issuerUri() {
        return keycloak.issuerUri();
    }

    /** E.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return keycloak.baseUrl();
    }

    /** Keycloak's own output, for a test that fails on something Keycloak said. */
    public Path log() {
        return home.resolve("keycloak.log");
    }

    /**
     * Lets a web application at {@code baseUrl} (such as {@code http://127.0.0.1:41999}) sign users
     * in through the client {@value #WEB_CLIENT_ID}: adds its redirect URI ({@value #WEB_REDIRECT_PATH}),
     * post-logout redirect ({@code baseUrl/*}) and web origin, keeping those of earlier ones; its
     * back-channel logout endpoint ({@value #WEB_BACK_CHANNEL_LOGOUT_PATH}) replaces the previous one
     * (Keycloak keeps one per client).
     */
    public synchronized void allowWebApp(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        webApps.add(base);
        String clientId = clientUuid(WEB_CLIENT_ID);
        String body = "{\"redirectUris\":" + jsonArray(webApps.stream().map(app -> app + WEB_REDIRECT_PATH))
                + ",\"webOrigins\":" + jsonArray(webApps.stream())
                + ",\"attributes\":{\"post.logout.redirect.uris\":\""
                + webApps.stream().map(app -> app + "/*").collect(Collectors.joining("##"))
                + "\",\"backchannel.logout.url\":\"" + base + WEB_BACK_CHANNEL_LOGOUT_PATH + "\"}}";
        HttpResponse<String> response = admin("PUT", "/clients/" + clientId, body);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak refused the web client's update: " + response.statusCode()
                    + " " + response.body());
        }
    }

    /** A demo user's access token (password grant through {@value #CLI_CLIENT_ID}). */
    public String accessToken(String username) {
        TokenResponse response = passwordGrant(username, DEMO_PASSWORD);
        if (response.status() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + response.status() + " " + response.body());
        }
        return response.accessToken();
    }

    /** The token endpoint's answer to a password grant, whatever it is (for refusals and lockouts). */
    public TokenResponse passwordGrant(String username, String password) {
        return tokenRequest(Map.of("grant_type", "password", "client_id", CLI_CLIENT_ID,
                "username", username, "password", password, "scope", "openid"));
    }

    /**
     * Calls the admin REST API of the realm as Keycloak's administrator, e.g.
     * {@code admin("POST", "/users", json)}; {@code body} may be null.
     */
    public HttpResponse<String> admin(String method, String realmPath, String body) {
        TokenResponse adminToken = tokenRequest(baseUrl() + "/realms/master", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", ADMIN.username(), "password", ADMIN.password()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms/"
                        + Keycloak.REALM + realmPath))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken.accessToken())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.build());
    }

    /** Any request to the realm's token endpoint, e.g. a password grant through a client of a test's own. */
    public TokenResponse tokenRequest(Map<String, String> form) {
        return tokenRequest(issuerUri(), form);
    }

    /** Status and body of a token endpoint's answer. */
    public record TokenResponse(int status, String body) {

        /** The access token; fails when the answer holds none. */
        public String accessToken() {
            Matcher matcher = ACCESS_TOKEN.matcher(body);
            if (!matcher.find()) {
                throw new IllegalStateException("no access token in " + status + " " + body);
            }
            return matcher.group(1);
        }
    }

    private TokenResponse tokenRequest(String issuer, Map<String, String> form) {
        String encoded = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(issuer + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build());
        return new TokenResponse(response.statusCode(), response.body());
    }

    private String clientUuid(String clientId) {
        HttpResponse<String> response = admin("GET", "/clients?clientId=" + clientId, null);
        Matcher matcher = FIRST_ID.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("no client " + clientId + ": " + response.statusCode() + " " + response.body());
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String jsonArray(Stream<String> values) {
        return values.map(value -> "\"" + value + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void stopAndDelete() {
        keycloak.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder())
                    .filter(path -> !path.equals(home.resolve("keycloak.log")) && !path.equals(home))
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory: the system cleans it up eventually
        }
    }

    private record Credentials(String username, String password) {
    }
}
