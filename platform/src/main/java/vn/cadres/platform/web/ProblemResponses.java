package vn.cadres.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;

/**
 * Writes a problem straight to the servlet response, for code that runs before Spring MVC (servlet
 * filters, Spring Security's entry points) and so cannot return a {@link ProblemDetail}.
 */
public final class ProblemResponses {

    /** Spring's Jackson 3 converter registers the mix-in that flattens ProblemDetail's extensions. */
    private static final JacksonJsonHttpMessageConverter JSON = new JacksonJsonHttpMessageConverter();

    private ProblemResponses() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(instanceOf(request.getRequestURI()));
        }
        response.setStatus(problem.getStatus());
        JSON.write(problem, MediaType.APPLICATION_PROBLEM_JSON, new ServletServerHttpResponse(response));
    }

    /** The request path as the problem's {@code instance}, or null if it is not a valid URI. */
    static URI instanceOf(String requestUri) {
        try {
            return URI.create(requestUri);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
