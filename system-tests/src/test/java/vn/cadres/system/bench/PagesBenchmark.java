package vn.cadres.system.bench;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the web application's pages take, as a signed-in person waits for them: signs in at the
 * identity provider through its login form (as a browser does: cookies, redirects), then opens each page
 * of the role {@code rounds} times and prints p50, p95 and max per page (goal: p95 under 300 ms).
 * <p>
 * Arguments: web application URL (default http://127.0.0.1:8080), username (default office.ls),
 * password (default the local demo password), province (default LS), rounds (default 40).
 */
public final class PagesBenchmark {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final Pattern CADRE_LINK = Pattern.compile("href=\"/cadres/([0-9a-f-]{36})\"");
    private static final Pattern ROTATION_LINK = Pattern.compile("href=\"/rotations/([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    private final String web;

    private PagesBenchmark(String web) {
        this.web = web;
    }

    public static void main(String[] args) throws Exception {
        String web = arg(args, 0, "http://127.0.0.1:8080");
        String username = arg(args, 1, "office.ls");
        String password = arg(args, 2, "LuanChuyen2026");
        String province = arg(args, 3, "LS");
        int rounds = Integer.parseInt(arg(args, 4, "40"));
        PagesBenchmark bench = new PagesBenchmark(web);
        bench.signIn(username, password);

        String rotations = bench.get("/rotations?province=" + province).body();
        String cadre = first(CADRE_LINK, rotations);
        String rotation = first(ROTATION_LINK, rotations);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("programme (province)", "/programme?province=" + province);
        pages.put("programme (country)", "/programme");
        pages.put("rotations, first page", "/rotations?province=" + province);
        pages.put("rotations, sorted, page 2", "/rotations?province=" + province + "&sort=-start&page=1");
        pages.put("rotations, name search", "/rotations?province=" + province + "&q=nguyen");
        pages.put("terms", "/terms?province=" + province);
        pages.put("pool, first page", "/pool?province=" + province);
        pages.put("key posts", "/key-posts?province=" + province);
        pages.put("cadre search", "/cadres?q=nguyen");
        if (cadre != null) {
            pages.put("cadre page", "/cadres/" + cadre);
        }
        if (rotation != null) {
            pages.put("rotation page", "/rotations/" + rotation);
        }
        pages.put("history", "/history");

        System.out.printf(Locale.ROOT, "Pages of %s as %s, %d rounds each (server time seen on loopback)%n", web,
                username, rounds);
        System.out.printf(Locale.ROOT, "%-28s %8s %8s %8s %6s%n", "page", "p50 ms", "p95 ms", "max ms", "status");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            bench.get(page.getValue());
            long[] nanos = new long[rounds];
            int status = 0;
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                status = bench.get(page.getValue()).statusCode();
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "%-28s %8.1f %8.1f %8.1f %6d%n", page.getKey(), ms(nanos[rounds / 2]),
                    ms(nanos[(int) Math.ceil(rounds * 0.95) - 1]), ms(nanos[rounds - 1]), status);
        }
    }

    /** The sign-in a browser goes through: the provider's form, then back with the code. */
    private void signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/");
        Matcher action = FORM_ACTION.matcher(form.body());
        if (!action.find()) {
            throw new IllegalStateException("no sign-in form at " + form.uri() + " (" + form.statusCode() + ")");
        }
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (!signedIn.uri().toString().startsWith(web)) {
            throw new IllegalStateException("sign-in as " + username + " failed: still at " + signedIn.uri());
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(web + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Cookies as a browser keeps them for 127.0.0.1: a browser counts loopback as a secure context and
     * sends it the identity provider's {@code Secure} cookies over plain HTTP; the JDK's store would not.
     */
    private static final class LoopbackCookies extends CookieHandler {

        private final CookieManager cookies = new CookieManager();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            boolean loopback = "127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost());
            return cookies.get(loopback ? URI.create(uri.toString().replaceFirst("^http:", "https:")) : uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            cookies.put(uri, headers);
        }
    }

    private static String first(Pattern link, String page) {
        Matcher matcher = link.matcher(page);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static String arg(String[] args, int index, String fallback) {
        return args.length > index ? args[index] : fallback;
    }
}
