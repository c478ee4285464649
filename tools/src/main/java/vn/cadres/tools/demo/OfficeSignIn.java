package vn.cadres.tools.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bearer token of a province's office, asked of the local identity provider as token.sh does:
 * the province's demo office user ({@code office.hn} for HN) signs in with a password grant through
 * the scripts' client {@code cadres-cli}, which only the local realm has. One token per province,
 * kept while it is valid for another minute.
 */
public final class OfficeSignIn implements Function<String, String> {

    static final String CLIENT_ID = "cadres-cli";

    private final URI tokenEndpoint;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    public OfficeSignIn(String issuerUri, String password) {
        this.tokenEndpoint = URI.create(issuerUri + "/protocol/openid-connect/token");
        this.password = password;
    }

    @Override
    public String apply(String province) {
        return tokens.compute(province, (code, known) ->
                known != null && known.validFor(Duration.ofMinutes(1)) ? known : signIn(code)).value();
    }

    private Token signIn(String province) {
        String user = "office." + province.toLowerCase(Locale.ROOT);
        String form = Map.of("grant_type", "password", "client_id", CLIENT_ID, "username", user, "password", password)
                .entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenEndpoint)
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the identity provider refused " + user + " (" + response.statusCode()
                        + "): " + response.body());
            }
            JsonNode body = json.readTree(response.body());
            return new Token(body.get("access_token").asText(),
                    System.nanoTime() + Duration.ofSeconds(body.get("expires_in").asLong()).toNanos());
        } catch (IOException e) {
            throw new UncheckedIOException("no answer from " + tokenEndpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Token(String value, long expiresAtNanos) {

        boolean validFor(Duration margin) {
            return System.nanoTime() + margin.toNanos() < expiresAtNanos;
        }
    }
}
