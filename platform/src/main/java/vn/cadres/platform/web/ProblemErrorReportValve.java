package vn.cadres.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.ProblemDetail;
import vn.cadres.platform.problems.ProblemResponses;

/**
 * The container's own error page, for what Tomcat refuses before any filter or endpoint sees it (an
 * encoded slash or NUL in the path, an overlong UTF-8 sequence, a header or query over its limits):
 * a problem+json body instead of Tomcat's HTML. It takes the place of every {@link ErrorReportValve}
 * of the host once the host has started (Boot adds one of its own besides Tomcat's default).
 */
final class ProblemErrorReportValve extends ErrorReportValve {

    /** Replaces the error report valves of {@code host} with this one when the host starts. */
    static void installOn(Container host) {
        host.addLifecycleListener(event -> {
            if (Lifecycle.AFTER_START_EVENT.equals(event.getType())) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemErrorReportValve());
            }
        });
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ProblemDetail problem = ProblemResponses.forStatus(status);
        String type = problem.getType() == null ? "about:blank" : problem.getType().toString();
        String title = problem.getTitle() == null ? String.valueOf(problem.getDetail()) : problem.getTitle();
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                // written by hand: the response is past Spring's reach here; every value is ours, plain ASCII
                writer.write("{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + problem.getDetail() + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // The client is gone or the response was committed meanwhile: nothing more to say.
        }
    }
}
