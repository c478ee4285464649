package vn.cadres.platform.problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import vn.cadres.platform.domain.InvalidField;

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

    /**
     * The problem for a status decided by another than us (the container, the actuator): our type
     * where we have one, the status's reason as its detail.
     */
    public static ProblemDetail forStatus(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String detail = known == null ? "error " + status : known.getReasonPhrase();
        ProblemType kind = ProblemType.forStatus(status);
        return kind != null ? kind.problem(detail)
                : ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
    }

    /** A 400 naming the query or path parameter at fault; {@code parameter} may be null when unnamed. */
    public static ProblemDetail invalidParameter(String parameter, String message) {
        ProblemDetail problem = ProblemType.VALIDATION.problem(
                parameter == null ? "a parameter " + message : "parameter '" + parameter + "' " + message);
        problem.setProperty("errors", List.of(new InvalidField(parameter, message)));
        return problem;
    }

    /** The request path as the problem's {@code instance}, or null if it is not a valid URI. */
    public static URI instanceOf(String requestUri) {
        try {
            return URI.create(requestUri);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
