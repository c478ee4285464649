package vn.cadres.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.Role;

/**
 * Who may call what, read from a running service's API description ({@code /v3/api-docs}, where
 * each operation lists its roles as {@code x-roles}) and tried: every operation is called without
 * a token, with a token of no role, of an unknown role, and of each role. A role the operation does
 * not name must get 403; one it names must get past the role check (any answer but 401, 403 or a
 * 5xx: the ids and bodies sent are made up, so 400 and 404 are expected).
 */
public final class RoleMatrix {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String MADE_UP = "X-1";

    private final Http http;
    private final Map<String, Set<String>> rolesByOperation = new LinkedHashMap<>();

    private RoleMatrix(Http http) {
        this.http = http;
        JsonNode paths = http.get("/v3/api-docs", null).body().get("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                Set<String> roles = new TreeSet<>();
                operation.getValue().path("x-roles").forEach(role -> roles.add(role.asText()));
                rolesByOperation.put(operation.getKey().toUpperCase() + " " + path.getKey(), roles);
            }
        }
    }

    public static RoleMatrix of(Http http) {
        return new RoleMatrix(http);
    }

    /** One line per operation, sorted: {@code GET /api/cadres/{cadreId}: AUDITOR, OFFICE}. */
    public String table() {
        return rolesByOperation.entrySet().stream()
                .map(operation -> operation.getKey() + ": " + String.join(", ", operation.getValue()))
                .sorted()
                .reduce("", (table, line) -> table + line + "\n");
    }

    /**
     * Asserts that every call was answered as the description says, and that the description names
     * exactly {@code pinned}: a change of who may call what is then a visible change of a test.
     */
    public void assertAnswersAsPinned(String pinned) {
        assertThat(violations()).as("calls answered otherwise than the roles say").isEmpty();
        assertThat(table()).as("the roles of each operation").isEqualTo(pinned);
    }

    /** What answered otherwise than the table says; empty when every call was answered as it should. */
    public List<String> violations() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("no role", TestTokens.sign(TestTokens.claims("nobody").build()));
        callers.put("SUPERUSER", TestTokens.sign(TestTokens.claims("root")
                .claim(ActingOffice.ROLES_CLAIM, List.of("SUPERUSER")).build()));
        for (Role role : Role.values()) {
            callers.put(role.name(), role == Role.OFFICE ? TestTokens.office("HN")
                    : TestTokens.token(role.name().toLowerCase(), role, null));
        }
        List<String> violations = new ArrayList<>();
        rolesByOperation.forEach((operation, allowed) -> {
            if (allowed.isEmpty()) {
                violations.add(operation + " names no roles");
            }
            expect(violations, operation, "no token", null, status -> status == 401);
            callers.forEach((caller, token) -> expect(violations, operation, caller, token,
                    allowed.contains(caller) ? status -> status != 401 && status != 403 && status < 500
                            : status -> status == 403));
        });
        return violations;
    }

    private void expect(List<String> violations, String operation, String caller, String token,
                        IntPredicate expected) {
        int status = call(operation, token);
        if (!expected.test(status)) {
            violations.add(operation + " as " + caller + " answered " + status);
        }
    }

    private int call(String operation, String token) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{[^}]+}", MADE_UP);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.baseUrl() + path))
                .header("Content-Type", "application/json")
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
