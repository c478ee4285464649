package vn.cadres.web.services;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.EnumMap;
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
import tools.jackson.core.type.TypeReference;
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
    private static final TypeReference<Map<String, Object>> PROBLEM = new TypeReference<>() {
    };

    private final Map<ServiceName, RestClient> clients = new EnumMap<>(ServiceName.class);
    private final JsonMapper json;

    public Services(ServicesProperties properties, OAuth2AuthorizedClientManager tokens, String registration,
                    JsonMapper json) {
        this.json = json;
        OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(tokens);
        bearer.setClientRegistrationIdResolver(request -> registration);
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory();
        requests.setReadTimeout(properties.timeout());
        Map<ServiceName, URI> bases = Map.of(ServiceName.CADRES, properties.cadres(),
                ServiceName.ROTATIONS, properties.rotations(), ServiceName.EVALUATIONS, properties.evaluations(),
                ServiceName.REPORTS, properties.reports());
        bases.forEach((service, base) -> clients.put(service, RestClient.builder().baseUrl(base.toString())
                .requestFactory(requests).requestInterceptor(bearer)
                .defaultStatusHandler(status -> status.isError(), this::refuse).build()));
    }

    /** A JSON object a service answers. */
    public Map<String, Object> object(ServiceName service, Function<UriBuilder, URI> uri) {
        return JsonObject.object(clients.get(service).get().uri(uri).retrieve().body(OBJECT));
    }

    /** A JSON array of objects a service answers. */
    public List<Map<String, Object>> list(ServiceName service, Function<UriBuilder, URI> uri) {
        return JsonObject.list(clients.get(service).get().uri(uri).retrieve().body(LIST));
    }

    /** A file as the service writes it (a report's xlsx or CSV export). */
    public byte[] file(ServiceName service, Function<UriBuilder, URI> uri) {
        return clients.get(service).get().uri(uri).retrieve().body(byte[].class);
    }

    private void refuse(HttpRequest request, ClientHttpResponse response) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        try (InputStream body = response.getBody()) {
            byte[] bytes = body.readAllBytes();
            if (bytes.length > 0) {
                problem.putAll(json.readValue(bytes, PROBLEM));
            }
        } catch (RuntimeException unreadable) {
            problem.put("detail", response.getStatusText());
        }
        throw new ServiceProblem(response.getStatusCode().value(), problem);
    }

    /** The four services, for pages that ask each the same thing (history, operations). */
    public enum ServiceName {
        CADRES, ROTATIONS, EVALUATIONS, REPORTS;

        /** The three services that keep records (and their history). */
        public static final List<ServiceName> RECORD_KEEPERS = List.of(CADRES, ROTATIONS, EVALUATIONS);
    }
}
