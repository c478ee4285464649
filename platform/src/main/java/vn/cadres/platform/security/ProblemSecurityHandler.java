package vn.cadres.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import vn.cadres.platform.problems.ProblemResponses;
import vn.cadres.platform.problems.ProblemType;

/**
 * Answers 401 and 403 decided by Spring Security's filters as problem+json, like every other
 * error. Spring's bearer-token handlers still set the status and the RFC 6750
 * {@code WWW-Authenticate} header; only the body is ours. The token error's own description
 * (which key, which claim) is logged by Spring at debug and not echoed to the caller.
 */
public class ProblemSecurityHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerAccessDenied = new BearerTokenAccessDeniedHandler();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        bearerEntryPoint.commence(request, response, failure);
        ProblemDetail problem = response.getStatus() == HttpServletResponse.SC_BAD_REQUEST
                ? ProblemType.MALFORMED_REQUEST.problem("the Authorization header is malformed")
                : ProblemType.UNAUTHORIZED.problem(failure instanceof OAuth2AuthenticationException
                        ? "the bearer token is invalid or expired"
                        : "a bearer token is required");
        ProblemResponses.send(request, response, problem);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException denied) throws IOException {
        bearerAccessDenied.handle(request, response, denied);
        ProblemResponses.send(request, response, ProblemType.FORBIDDEN.problem(denied.getMessage()));
    }
}
