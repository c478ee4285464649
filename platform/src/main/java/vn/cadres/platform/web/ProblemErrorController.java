package vn.cadres.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.platform.problems.ProblemResponses;
import vn.cadres.platform.problems.ProblemType;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.Role;

/**
 * Replaces Boot's whitelabel / JSON error page for failures that happen outside Spring MVC (an
 * exception in a filter, a {@code sendError} from the container), so even those answer with a
 * problem instead of HTML or Boot's own error map. Asked for directly, the error page is not a
 * resource: 404.
 */
@Hidden
@RestController
@AllowedRoles({Role.OFFICE, Role.AUDITOR, Role.VIEWER, Role.ADMIN})
@RequestMapping("${spring.web.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    @RequestMapping
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            ProblemDetail problem = ProblemType.NOT_FOUND.problem("no resource " + request.getRequestURI());
            problem.setInstance(ProblemResponses.instanceOf(request.getRequestURI()));
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        HttpStatus status = statusOf(request);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        ProblemDetail problem;
        if (failure != null || status == HttpStatus.INTERNAL_SERVER_ERROR) {
            problem = InternalErrors.report(path, failure);
        } else {
            problem = ProblemResponses.forStatus(status.value());
        }
        problem.setStatus(status);
        if (path instanceof String uri) {
            problem.setInstance(ProblemResponses.instanceOf(uri));
        }
        return ResponseEntity.status(status).body(problem);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
            HttpStatus status = HttpStatus.resolve(code);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
