package vn.cadres.web.services;

import java.util.List;
import java.util.Map;

/**
 * A service refused or failed a call: its status and its RFC 9457 problem (title, detail and, for a
 * 400, the fields at fault), which the pages show in the reader's language.
 */
public class ServiceProblem extends RuntimeException {

    private final int status;
    private final Map<String, Object> problem;

    public ServiceProblem(int status, Map<String, Object> problem) {
        super("HTTP " + status + ": " + problem.getOrDefault("detail", problem.getOrDefault("title", "")));
        this.status = status;
        this.problem = Map.copyOf(problem);
    }

    public int status() {
        return status;
    }

    public String detail() {
        Object detail = problem.get("detail");
        return detail == null ? null : detail.toString();
    }

    /** The fields a 400 names ({@code errors[].field}), with the service's message for each. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> fieldErrors() {
        return problem.get("errors") instanceof List<?> errors ? (List<Map<String, Object>>) errors : List.of();
    }
}
