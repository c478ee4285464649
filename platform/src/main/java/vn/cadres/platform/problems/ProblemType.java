package vn.cadres.platform.problems;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The kinds of problem this system answers with (RFC 9457). Each has a stable {@code type} URI so a
 * client can branch on the kind of failure without parsing English, and an English title.
 */
public enum ProblemType {
    BAD_REQUEST("bad-request", 400, "Bad request"),
    VALIDATION("validation", 400, "Invalid request"),
    MALFORMED_REQUEST("malformed-request", 400, "Malformed request"),
    UNAUTHORIZED("unauthorized", 401, "Authentication required"),
    FORBIDDEN("forbidden", 403, "Forbidden"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    RULE_VIOLATION("rule-violation", 409, "Rule violated"),
    CONCURRENT_MODIFICATION("concurrent-modification", 409, "Concurrent modification"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    INTERNAL("internal", 500, "Internal error"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service unavailable");

    /** Where every problem type lives; the URIs identify, they need not resolve. */
    public static final String BASE_URI = "https://cadres.vn/problems/";

    private final URI type;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.type = URI.create(BASE_URI + slug);
        this.status = status;
        this.title = title;
    }

    public URI type() {
        return type;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** A new problem of this kind; the caller adds extensions, the handler the {@code instance}. */
    public ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /**
     * The generic kind for a status Spring chose by itself, or null when we have none (the problem
     * then keeps {@code about:blank}, which RFC 9457 defines as "just the status").
     */
    public static ProblemType forStatus(int status) {
        for (ProblemType kind : values()) {
            if (kind.status == status) {
                return kind;
            }
        }
        return null;
    }
}
