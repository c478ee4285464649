package vn.cadres.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a problem body to an error answered without one: the actuator answers an unknown health
 * component ({@code /actuator/health/db}) with a bare 404, for one. Every error of every service is
 * problem+json, whoever decided it.
 */
public class EmptyErrorBodies extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        int status = response.getStatus();
        if (status >= 400 && !response.isCommitted() && response.getContentType() == null) {
            HttpStatus known = HttpStatus.resolve(status);
            ProblemType kind = ProblemType.forStatus(status);
            String detail = known == null ? "error " + status : known.getReasonPhrase();
            ProblemDetail problem = kind != null ? kind.problem(detail)
                    : ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
            response.resetBuffer();
            ProblemResponses.send(request, response, problem);
        }
    }
}
