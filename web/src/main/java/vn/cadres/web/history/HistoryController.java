package vn.cadres.web.history;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cadres.web.services.Services;
import vn.cadres.web.services.Services.ServiceName;

/**
 * The history of one service's records in the order they were stored, a page at a time, filtered by
 * province and effective period: where an auditor starts (an office sees its own province's).
 */
@Controller
class HistoryController {

    private static final int PAGE = 50;

    private final Services services;

    HistoryController(Services services) {
        this.services = services;
    }

    @GetMapping("/history")
    String history(@RequestParam(defaultValue = "CADRES") ServiceName service,
                   @RequestParam(required = false) String province,
                   @RequestParam(required = false) LocalDate effectiveFrom,
                   @RequestParam(required = false) LocalDate effectiveTo,
                   @RequestParam(defaultValue = "0") long from, Model model) {
        if (service == ServiceName.REPORTS) {
            service = ServiceName.CADRES;
        }
        Map<String, Object> page = services.object(service, uri -> uri.path("/api/history/events")
                .queryParam("from", Math.max(0, from)).queryParam("limit", PAGE)
                .queryParamIfPresent("province", Optional.ofNullable(province).filter(p -> !p.isBlank()))
                .queryParamIfPresent("effectiveFrom", Optional.ofNullable(effectiveFrom))
                .queryParamIfPresent("effectiveTo", Optional.ofNullable(effectiveTo)).build());
        model.addAttribute("services", ServiceName.RECORD_KEEPERS);
        model.addAttribute("service", service);
        model.addAttribute("province", province);
        model.addAttribute("effectiveFrom", effectiveFrom);
        model.addAttribute("effectiveTo", effectiveTo);
        model.addAttribute("page", page);
        return "history";
    }
}
