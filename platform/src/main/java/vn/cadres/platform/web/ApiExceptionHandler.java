package vn.cadres.platform.web;

import com.mongodb.MongoException;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.util.List;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.cadres.platform.domain.InvalidField;
import vn.cadres.platform.domain.InvalidInput;
import vn.cadres.platform.domain.NotFoundException;
import vn.cadres.platform.domain.Refusal;
import vn.cadres.platform.domain.RuleViolation;
import vn.cadres.platform.domain.ServiceBusy;
import vn.cadres.platform.eventstore.DatabaseOutage;
import vn.cadres.platform.problems.ProblemResponses;
import vn.cadres.platform.problems.ProblemType;

/**
 * Answers every failure of a controller with an RFC 9457 problem ({@code application/problem+json}),
 * so clients of all four services handle errors one way. Spring MVC's own exceptions (405, 415,
 * unknown paths ...) come through {@link ResponseEntityExceptionHandler}, which is what
 * {@code spring.mvc.problemdetails.enabled} would switch on; the rest are ours.
 *
 * <p>Ordered last so that a service's own advice for a specific exception wins over the catch-all.
 * A 500 never shows the exception: it gets an {@code errorId} that is logged with the stack trace.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** The domain's refusals, each kind as its problem; the family is sealed, so none is left unanswered. */
    @ExceptionHandler(Refusal.class)
    ResponseEntity<Object> refused(Refusal refusal, WebRequest request) {
        return switch (refusal) {
            case RuleViolation violation -> ruleViolation(violation, request);
            case NotFoundException missing -> notFound(missing, request);
            case InvalidInput invalid -> respond(validation(invalid.fields()), request);
            case ServiceBusy busy -> serviceBusy(busy, request);
        };
    }

    private ResponseEntity<Object> ruleViolation(RuleViolation violation, WebRequest request) {
        ProblemDetail problem = ProblemType.RULE_VIOLATION.problem(violation.detail());
        problem.setProperty("code", violation.code());
        violation.properties().forEach(problem::setProperty);
        return respond(problem, request);
    }

    private ResponseEntity<Object> notFound(NotFoundException missing, WebRequest request) {
        ProblemDetail problem = ProblemType.NOT_FOUND.problem(missing.getMessage());
        problem.setProperty("resource", missing.type());
        problem.setProperty("id", missing.id());
        return respond(problem, request);
    }

    /** Axon's optimistic lock: another command changed the record since the caller read it. */
    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrentModification(ConcurrencyException conflict, WebRequest request) {
        log.debug("concurrent modification", conflict);
        return respond(ProblemType.CONCURRENT_MODIFICATION.problem("concurrent modification, reload and retry"),
                request);
    }

    private ResponseEntity<Object> serviceBusy(ServiceBusy busy, WebRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, busy.retryAfter().toSeconds())));
        return respond(ProblemType.SERVICE_UNAVAILABLE.problem(busy.getMessage()), headers, request);
    }

    /**
     * The database did not answer in time (its connections are all busy), or cannot be reached
     * (restarting, electing a primary): the same as being at the limit, retried shortly. The
     * write, if it reached the database, is idempotent on retry or refused as a duplicate.
     */
    @ExceptionHandler(MongoException.class)
    ResponseEntity<Object> database(MongoException failure, WebRequest request) {
        MongoException unavailable = DatabaseOutage.in(failure);
        return unavailable != null ? databaseBusy(unavailable, request) : unexpected(failure, request);
    }

    private ResponseEntity<Object> databaseBusy(MongoException unavailable, WebRequest request) {
        log.warn("database unavailable: {}", unavailable.toString());
        return serviceBusy(new ServiceBusy("the service's database is unavailable; retry shortly", Duration.ofSeconds(1)),
                request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException invalid, WebRequest request) {
        return respond(validation(InvalidFields.of(invalid.getConstraintViolations())), request);
    }

    /** Thrown by value types (a province code, say) when a controller builds them from input. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> illegalArgument(IllegalArgumentException invalid, WebRequest request) {
        String detail = ExpectedValue.ownMessage(invalid);
        if (detail == null) {
            log.warn("illegal argument from outside our value types, answered 400", invalid);
            detail = "the request has an invalid value";
        }
        return respond(ProblemType.VALIDATION.problem(detail), request);
    }

    /** Tomcat could not decode the request's parameters, such as a form with a broken escape ({@code a=%zz}). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> invalidParameters(InvalidParameterException invalid, WebRequest request) {
        return respond(ProblemType.MALFORMED_REQUEST.problem("the request's parameters are not well-formed: "
                + "a % must start an escape such as %20"), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException denied, WebRequest request) {
        return respond(ProblemType.FORBIDDEN.problem(denied.getMessage()), request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException missing, WebRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return respond(ProblemType.UNAUTHORIZED.problem("a valid bearer token is required"), headers, request);
    }

    /**
     * Anything else is our bug: log it under an id the caller can quote, tell them nothing more.
     * Known exceptions wrapped by a framework (a command gateway, say) are unwrapped first.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception exception, WebRequest request) {
        if (Causes.find(exception.getCause(), RuleViolation.class) instanceof RuleViolation violation) {
            return refused(violation, request);
        }
        if (DatabaseOutage.in(exception.getCause()) instanceof MongoException unavailable) {
            return databaseBusy(unavailable, request);
        }
        if (Causes.find(exception.getCause(), InvalidInput.class) instanceof InvalidInput invalid) {
            return refused(invalid, request);
        }
        if (Causes.find(exception.getCause(), NotFoundException.class) instanceof NotFoundException missing) {
            return refused(missing, request);
        }
        if (Causes.find(exception.getCause(), ConcurrencyException.class) instanceof ConcurrencyException c) {
            return concurrentModification(c, request);
        }
        return respond(InternalErrors.report(request.getDescription(false), exception), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(validation(InvalidFields.of(invalid.getBindingResult())), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(validation(InvalidFields.of(invalid)), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(UnreadableBody.problem(unreadable), request);
    }

    /** A path or query parameter that does not convert, such as an unknown enum value. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException mismatch, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return respond(ProblemResponses.invalidParameter(mismatch.getPropertyName(),
                ExpectedValue.describe(mismatch.getRequiredType(), mismatch)), request);
    }

    /** Every response of this handler, ours or Spring's, passes here to get our type and instance. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            completeProblem(problem, request);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<Object> respond(ProblemDetail problem, WebRequest request) {
        return respond(problem, new HttpHeaders(), request);
    }

    private ResponseEntity<Object> respond(ProblemDetail problem, HttpHeaders headers, WebRequest request) {
        return createResponseEntity(problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    private static ProblemDetail validation(List<InvalidField> fields) {
        String detail = fields.size() != 1 ? fields.size() + " fields are invalid"
                : fields.getFirst().field() == null ? fields.getFirst().message()
                : "field '" + fields.getFirst().field() + "' " + fields.getFirst().message();
        ProblemDetail problem = ProblemType.VALIDATION.problem(detail);
        problem.setProperty("errors", fields);
        return problem;
    }

    private static void completeProblem(ProblemDetail problem, WebRequest request) {
        ProblemType kind = ProblemType.forStatus(problem.getStatus());
        boolean blank = problem.getType() == null || "about:blank".equals(problem.getType().toString());
        if (blank && kind != null) {
            problem.setType(kind.type());
            problem.setTitle(kind.title());
        }
        if (problem.getInstance() == null && request instanceof ServletWebRequest servlet) {
            problem.setInstance(ProblemResponses.instanceOf(servlet.getRequest().getRequestURI()));
        }
    }
}
