package vn.cadres.platform.web;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import vn.cadres.platform.problems.ProblemType;

/**
 * Our own bugs, reported the one safe way: the stack trace goes to the log under a fresh error id,
 * the caller gets only that id to quote. Never the exception's message, which may hold internals.
 */
final class InternalErrors {

    private static final Logger log = LoggerFactory.getLogger(InternalErrors.class);

    private InternalErrors() {
    }

    /** Logs {@code failure} (may be null) as having happened on {@code where}; returns the 500 problem. */
    static ProblemDetail report(Object where, Throwable failure) {
        String errorId = UUID.randomUUID().toString();
        log.error("unexpected error {} on {}", errorId, where, failure);
        ProblemDetail problem = ProblemType.INTERNAL.problem(
                "an unexpected error occurred; quote error id " + errorId + " when reporting it");
        problem.setProperty("errorId", errorId);
        return problem;
    }
}
