package vn.cadres.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cadres.platform.problems.ProblemResponses;

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
            response.resetBuffer();
            ProblemResponses.send(request, response, ProblemResponses.forStatus(status));
        }
    }
}
