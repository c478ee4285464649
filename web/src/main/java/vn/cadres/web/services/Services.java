package vn.cadres.web.services;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The four services, called with the signed-in person's access token (taken from their session and
 * refreshed when it expires), so that each service decides what this person may read. A refusal comes
 * back as a {@link ServiceProblem} carrying the service's problem+json.
 */
public class Services {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    private final RestClient cadres;
    private final RestClient rotations;
    private final RestClient evaluations;
    private final RestClient reports;
    private final JsonMapper json;

    public Services(ServicesProperties properties, OAuth2AuthorizedClientManager tokens, String registration,
                    JsonMapper json) {
        this.json = json;
        OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(tokens);
        bearer.setClientRegistrationIdResolver(request -> registration);
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory();
        requests.setReadTimeout(properties.timeout());
        Function<URI, RestClient> client = base -> RestClient.builder().baseUrl(base.toString())
                .requestFactory(requests).requestInterceptor(bearer)
                .defaultStatusHandler(status -> status.isError(), this::refuse).build();
        this.cadres = client.apply(properties.cadres());
        this.rotations = client.apply(properties.rotations());
        this.evaluations = client.apply(properties.evaluations());
        this.reports = client.apply(properties.reports());
    }

    public Map<String, Object> report(Function<UriBuilder, URI> uri) {
        return JsonObject.object(reports.get().uri(uri).retrieve().body(OBJECT));
    }

    public List<Map<String, Object>> reportList(Function<UriBuilder, URI> uri) {
        return JsonObject.list(reports.get().uri(uri).retrieve().body(LIST));
    }

    /** A report's export (xlsx or CSV) as the service writes it. */
    public byte[] reportFile(Function<UriBuilder, URI> uri) {
        return reports.get().uri(uri).retrieve().body(byte[].class);
    }

    public Map<String, Object> cadre(Function<UriBuilder, URI> uri) {
        return JsonObject.object(cadres.get().uri(uri).retrieve().body(OBJECT));
    }

    public List<Map<String, Object>> cadreList(Function<UriBuilder, URI> uri) {
        return JsonObject.list(cadres.get().uri(uri).retrieve().body(LIST));
    }

    public List<Map<String, Object>> evaluationList(Function<UriBuilder, URI> uri) {
        return JsonObject.list(evaluations.get().uri(uri).retrieve().body(LIST));
    }

    /** What one service answers to a path every service has (history, operations). */
    public Map<String, Object> each(ServiceName service, Function<UriBuilder, URI> uri) {
        return JsonObject.object(client(service).get().uri(uri).retrieve().body(OBJECT));
    }

    /** A list every service answers (operations: processors, dead letters). */
    public List<Map<String, Object>> eachList(ServiceName service, Function<UriBuilder, URI> uri) {
        return JsonObject.list(client(service).get().uri(uri).retrieve().body(LIST));
    }

    private RestClient client(ServiceName service) {
        return switch (service) {
            case CADRES -> cadres;
            case ROTATIONS -> rotations;
            case EVALUATIONS -> evaluations;
            case REPORTS -> reports;
        };
    }

    private void refuse(HttpRequest request, ClientHttpResponse response) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        try (InputStream body = response.getBody()) {
            byte[] bytes = body.readAllBytes();
            if (bytes.length > 0) {
                problem.putAll(json.readValue(bytes, OBJECT_TYPE));
            }
        } catch (RuntimeException unreadable) {
            problem.put("detail", response.getStatusText());
        }
        throw new ServiceProblem(response.getStatusCode().value(), problem);
    }

    private static final tools.jackson.core.type.TypeReference<Map<String, Object>> OBJECT_TYPE =
            new tools.jackson.core.type.TypeReference<>() {
            };

    /** The four services, for pages that ask each the same thing (history, operations). */
    public enum ServiceName {
        CADRES, ROTATIONS, EVALUATIONS, REPORTS;

        /** The three services that keep records (and their history). */
        public static final List<ServiceName> RECORD_KEEPERS = List.of(CADRES, ROTATIONS, EVALUATIONS);
    }
}
