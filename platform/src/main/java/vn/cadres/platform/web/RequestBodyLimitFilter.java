package vn.cadres.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cadres.platform.problems.ProblemResponses;
import vn.cadres.platform.problems.ProblemType;

/**
 * Refuses request bodies above {@code cadres.http.max-body-size} with 413, before anything else is
 * decided about the request (who sends it, whether it may). A declared Content-Length is checked up
 * front; a body without one (chunked) is read here, at most one byte past the limit, so that it too
 * is refused as too large rather than read whole and judged on something else.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;

    public RequestBodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            ProblemResponses.send(request, response, tooLarge("the request body has " + declared + " bytes"));
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                ProblemResponses.send(request, response, tooLarge("the request body has more than " + maxBytes
                        + " bytes"));
                return;
            }
            request = new ReadRequest(request, body);
        }
        // With a declared length the container itself stops reading at that length.
        chain.doFilter(request, response);
    }

    private ProblemDetail tooLarge(String size) {
        return ProblemType.PAYLOAD_TOO_LARGE.problem(size + "; at most " + maxBytes + " are accepted");
    }

    /** A request whose body was read here, within the limit. */
    private static final class ReadRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new BodyStream(new ByteArrayInputStream(body));
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    private static final class BodyStream extends ServletInputStream {

        private final InputStream body;

        BodyStream(InputStream body) {
            this.body = body;
        }

        @Override
        public int read() throws IOException {
            return body.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return body.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            try {
                return body.available() == 0;
            } catch (IOException e) {
                return true;
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("the body was already read");
        }
    }
}
