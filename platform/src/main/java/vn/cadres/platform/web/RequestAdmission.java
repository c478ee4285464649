package vn.cadres.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cadres.platform.problems.ProblemResponses;
import vn.cadres.platform.problems.ProblemType;

/**
 * Bounds the requests a service works on at once, before anything else is spent on them (token
 * verification, database connections): with virtual threads nothing else does, and a burst would
 * queue on the database pool until requests time out. A request that cannot get in within the
 * wait is refused with 503 and {@code Retry-After}, nothing done. Health checks always get in.
 */
public class RequestAdmission extends OncePerRequestFilter {

    private static final long RETRY_AFTER_SECONDS = 1;

    private final Semaphore working;
    private final Duration wait;

    public RequestAdmission(int maxConcurrent, Duration wait) {
        this.working = new Semaphore(maxConcurrent);
        this.wait = wait;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().startsWith("/actuator/health")) {
            chain.doFilter(request, response);
            return;
        }
        if (!admitted()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
            ProblemResponses.send(request, response, ProblemType.SERVICE_UNAVAILABLE.problem(
                    "the service is at its limit of requests in progress; retry shortly"));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            working.release();
        }
    }

    private boolean admitted() {
        try {
            return working.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
