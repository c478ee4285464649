package vn.cadres.web.home;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.cadres.web.services.ServiceProblem;

/**
 * What a reader sees when a service says no or cannot answer: the "not allowed" page for a 403 (a
 * record of another province, a role the service does not admit), "not found" for a 404, the fields at
 * fault for a 400, and "busy, try again" when a service is down or overloaded. Never a stack trace,
 * never the service's raw answer.
 */
@ControllerAdvice
class ProblemPages {

    private final MessageSource messages;

    ProblemPages(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ServiceProblem.class)
    String refused(ServiceProblem problem, Model model, HttpServletResponse response) {
        int status = problem.status();
        if (status == 401 || status == 403) {
            response.setStatus(403);
            PageFrame.add(model);
            return "not-allowed";
        }
        if (status == 404) {
            return page(response, 404, model, message("error.notFound"), List.of());
        }
        if (status >= 400 && status < 500) {
            return page(response, status, model, message("error.badRequest", problem.detail()), problem.fieldErrors());
        }
        return unavailable(model, response);
    }

    @ExceptionHandler(ResourceAccessException.class)
    String unreachable(Model model, HttpServletResponse response) {
        return unavailable(model, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(MethodArgumentTypeMismatchException mismatch, Model model, HttpServletResponse response) {
        return page(response, 400, model, message("error.badRequest", label(mismatch.getName())), List.of());
    }

    /** A filter of a page that does not read (a date as 31/02/2025): which one, in the reader's words. */
    @ExceptionHandler(BindException.class)
    String badFilter(BindException invalid, Model model, HttpServletResponse response) {
        String fields = invalid.getFieldErrors().stream().map(error -> label(error.getField()))
                .distinct().collect(Collectors.joining(", "));
        return page(response, 400, model, message("error.badRequest", fields), List.of());
    }

    private String label(String parameter) {
        return messages.getMessage("parameter." + parameter, null, parameter, LocaleContextHolder.getLocale());
    }

    private String unavailable(Model model, HttpServletResponse response) {
        response.setHeader("Retry-After", "30");
        return page(response, 503, model, message("error.unavailable"), List.of());
    }

    private static String page(HttpServletResponse response, int status, Model model, String message, List<?> fields) {
        response.setStatus(status);
        PageFrame.add(model);
        model.addAttribute("message", message);
        model.addAttribute("fields", fields);
        return "problem";
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
