package vn.cadres.web.programme;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cadres.web.services.Services;

/**
 * The rotation programme at a glance, for a province or the whole country and a period: the
 * statistics reporting-service computes, as cards and charts whose every figure opens the rotations
 * behind it.
 */
@Controller
class ProgrammeController {

    private final Services services;

    ProgrammeController(Services services) {
        this.services = services;
    }

    @GetMapping("/programme")
    String programme(@RequestParam(required = false) String province,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     Model model) {
        Map<String, Object> statistics = services.report(uri -> uri.path("/api/reports/programme")
                .queryParamIfPresent("province", given(province))
                .queryParamIfPresent("from", Optional.ofNullable(from))
                .queryParamIfPresent("to", Optional.ofNullable(to)).build());
        model.addAttribute("statistics", statistics);
        model.addAttribute("province", province);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "programme";
    }

    private static Optional<String> given(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
