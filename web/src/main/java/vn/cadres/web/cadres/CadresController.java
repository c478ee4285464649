package vn.cadres.web.cadres;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cadres.contracts.text.VietnameseOrder;
import vn.cadres.web.services.Services;
import vn.cadres.web.services.Services.ServiceName;

/**
 * Finding a person and their page: the search ignores diacritics (cadre-service's search does); the
 * cadre page shows the profile as of a date, the posts held, the evaluations with their classes and
 * the timeline across the three services, each fact with its decision and effective date.
 */
@Controller
class CadresController {

    private final Services services;

    CadresController(Services services) {
        this.services = services;
    }

    @GetMapping("/cadres")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            List<Map<String, Object>> found = services.list(ServiceName.CADRES, uri -> uri.path("/api/cadres").queryParam("q", q.strip()).build());
            model.addAttribute("found", found.stream()
                    .sorted(VietnameseOrder.by(cadre -> String.valueOf(fields(cadre).get("fullName")))).toList());
        }
        return "cadres";
    }

    @GetMapping("/cadres/{cadreId}")
    String cadre(@PathVariable String cadreId,
                 @RequestParam(required = false) LocalDate asOf,
                 Model model) {
        model.addAttribute("cadre", services.object(ServiceName.CADRES, uri -> uri.path("/api/cadres/{id}")
                .queryParamIfPresent("asOf", Optional.ofNullable(asOf)).build(cadreId)));
        model.addAttribute("asOf", asOf);
        List<Map<String, Object>> evaluations = services.list(ServiceName.EVALUATIONS, uri -> uri.path("/api/evaluations")
                .queryParam("cadreId", cadreId).build());
        model.addAttribute("evaluations", evaluations.stream()
                .sorted(Comparator.comparing((Map<String, Object> e) -> String.valueOf(e.get("periodStart"))).reversed())
                .toList());
        model.addAttribute("timeline", services.list(ServiceName.REPORTS, uri -> uri.path("/api/reports/cadres/{id}/timeline")
                .build(cadreId)));
        return "cadre";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(Map<String, Object> cadre) {
        return cadre.get("fields") instanceof Map<?, ?> fields ? (Map<String, Object>) fields : Map.of();
    }
}
