package vn.cadres.web.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cadres.web.format.Formats;
import vn.cadres.web.format.Links;
import vn.cadres.web.services.Services;
import vn.cadres.web.services.Services.ServiceName;

/**
 * The rotation programme at a glance, for a province or the whole country and a period: the
 * statistics reporting-service computes, as cards and charts whose every figure opens the rotations
 * behind it.
 */
@Controller
class ProgrammeController {

    private final Services services;
    private final MessageSource messages;
    private final Formats formats;
    private final Links links;

    ProgrammeController(Services services, MessageSource messages, Formats formats, Links links) {
        this.services = services;
        this.messages = messages;
        this.formats = formats;
        this.links = links;
    }

    @GetMapping("/programme")
    String programme(@RequestParam(required = false) String province,
                     @RequestParam(required = false) LocalDate from,
                     @RequestParam(required = false) LocalDate to,
                     Model model) {
        String scope = province == null || province.isBlank() ? null : province.strip();
        Map<String, Object> statistics = services.object(ServiceName.REPORTS, uri -> uri.path("/api/reports/programme")
                .queryParamIfPresent("province", Optional.ofNullable(scope))
                .queryParamIfPresent("from", Optional.ofNullable(from))
                .queryParamIfPresent("to", Optional.ofNullable(to)).build());
        long total = ((Number) statistics.get("rotations")).longValue();
        Filter filter = new Filter(scope, from, to);
        model.addAttribute("statistics", statistics);
        model.addAttribute("province", scope);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("breakdowns", List.of(
                breakdown("byMovement", "programme.byMovement", statistics, "movement", "movement", filter, total),
                breakdown("byStatus", "programme.byStatus", statistics, "status", "status", filter, total),
                breakdown("byKind", "programme.byKind", statistics, "kind", "kind", filter, total),
                breakdown("outcomes", "programme.outcomes", statistics, "outcome", null, filter, total)));
        return "programme";
    }

    private record Filter(String province, LocalDate from, LocalDate to) {
    }

    @SuppressWarnings("unchecked")
    private Breakdown breakdown(String field, String title, Map<String, Object> statistics, String labels,
                                String rotationsFilter, Filter filter, long total) {
        Map<String, Object> counts = statistics.get(field) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        List<Breakdown.Bar> bars = counts.entrySet().stream().map(count -> {
            long value = ((Number) count.getValue()).longValue();
            return new Breakdown.Bar(message(labels + "." + count.getKey()), value, formats.share(value, total),
                    rotationsFilter == null ? null
                            : links.rotations(filter.province(), filter.from(), filter.to(), rotationsFilter, count.getKey()));
        }).toList();
        return new Breakdown(field, message(title), bars);
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
