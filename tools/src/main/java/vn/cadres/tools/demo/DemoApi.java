package vn.cadres.tools.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The public APIs the demo dataset is loaded through, as an office would call them: JSON over
 * HTTP with a bearer token. A call about a cadre or unit that another service has not yet read from
 * its topic (404) is retried for a while, as a client of an eventually consistent system does.
 */
final class DemoApi {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final Function<String, String> tokens;
    private int calls;
    private int writes;

    /** @param tokens the bearer token of the office of a province, by province code */
    DemoApi(Function<String, String> tokens) {
        this.tokens = tokens;
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    int calls() {
        return calls;
    }

    /** Calls that changed something (answered 201 or 204). */
    int writes() {
        return writes;
    }

    JsonNode get(String url, String province) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), province, 200);
    }

    /** GETs until the answer is no longer 404: until another service's view has the record. */
    JsonNode await(String url, String province) {
        long deadline = System.nanoTime() + PROPAGATION.toNanos();
        while (true) {
            try {
                return get(url, province);
            } catch (NotYetKnown e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(url + " still answers 404 after " + PROPAGATION);
                }
                pause();
            }
        }
    }

    /** POSTs and expects one of {@code expected}; a 404 (not yet propagated) is retried. */
    JsonNode post(String url, String province, JsonNode body, int... expected) {
        long deadline = System.nanoTime() + PROPAGATION.toNanos();
        while (true) {
            try {
                return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())), province, expected);
            } catch (NotYetKnown e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(url + " still answers 404 after " + PROPAGATION + ": " + e.getMessage());
                }
                pause();
            }
        }
    }

    private JsonNode send(HttpRequest.Builder request, String province, int... expected) {
        request.header("Authorization", "Bearer " + tokens.apply(province));
        try {
            calls++;
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                throw new NotYetKnown(response.body());
            }
            if (response.statusCode() == 201 || response.statusCode() == 204) {
                writes++;
            }
            if (Arrays.stream(expected).noneMatch(status -> status == response.statusCode())) {
                throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final class NotYetKnown extends RuntimeException {
        NotYetKnown(String body) {
            super(body);
        }
    }
}
