package vn.cadres.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cadres.platform.problems.ProblemResponses;
import vn.cadres.platform.problems.ProblemType;

/**
 * Refuses, before any work is done on it, a request whose query is not plain text (a broken
 * escape such as {@code %zz}, a NUL, a terminal escape: 400 naming the parameter) or whose JSON body
 * is declared in another encoding than UTF-8 (415: RFC 8259 has JSON exchanged in UTF-8, and a body
 * read as UTF-16 would be stored as other letters than were sent).
 */
public class PlainRequestFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProblemDetail refused = queryProblem(request.getQueryString());
        if (refused == null) {
            refused = encodingProblem(request.getContentType());
        }
        if (refused != null) {
            ProblemResponses.send(request, response, refused);
            return;
        }
        chain.doFilter(request, response);
    }

    static ProblemDetail queryProblem(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            String fault;
            try {
                name = URLDecoder.decode(name, StandardCharsets.UTF_8);
                fault = PlainText.fault(name) != null ? PlainText.fault(name)
                        : PlainText.fault(URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException brokenEscape) {
                fault = "is not well-formed: a % must start an escape such as %20";
            }
            if (fault != null) {
                // a name that is not text itself is not echoed back
                return ProblemResponses.invalidParameter(PlainText.fault(name) == null ? name : null, fault);
            }
        }
        return null;
    }

    static ProblemDetail encodingProblem(String contentType) {
        if (contentType == null) {
            return null;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException malformed) {
            return ProblemType.UNSUPPORTED_MEDIA_TYPE.problem("the Content-Type header is not a media type");
        }
        boolean json = type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
        if (json && type.getCharset() != null && !type.getCharset().equals(StandardCharsets.UTF_8)) {
            return ProblemType.UNSUPPORTED_MEDIA_TYPE.problem(
                    "a JSON body must be UTF-8 (RFC 8259), not " + type.getCharset().name());
        }
        return null;
    }
}
