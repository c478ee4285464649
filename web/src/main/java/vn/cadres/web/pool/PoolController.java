package vn.cadres.web.pool;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cadres.web.signin.SignedInUser;
import vn.cadres.web.signin.WebRole;
import vn.cadres.web.services.Services;
import vn.cadres.web.services.Services.ServiceName;

/**
 * A province's pool of cadres under its Standing Committee as of a date (its figures, then the people a
 * page at a time, in Vietnamese order, searched without diacritics), and the key posts held with the
 * share of non-natives. The Standing Committee sees the pool without birth dates, as the services show it.
 */
@Controller
class PoolController {

    private static final int PAGE_SIZE = 25;

    private final Services services;

    PoolController(Services services) {
        this.services = services;
    }

    @GetMapping("/pool")
    String pool(@RequestParam(required = false) String province, @RequestParam(required = false) LocalDate asOf,
                @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                @RequestParam(defaultValue = "0") int page, SignedInUser user, Model model) {
        String scope = province == null || province.isBlank() ? user.province() : province.strip();
        model.addAttribute("province", scope);
        model.addAttribute("asOf", asOf);
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        if (scope == null) {
            return "pool";
        }
        model.addAttribute("summary", services.object(ServiceName.REPORTS, uri -> uri.path("/api/reports/pool/summary")
                .queryParam("province", scope).queryParamIfPresent("asOf", Optional.ofNullable(asOf)).build()));
        model.addAttribute("result", services.object(ServiceName.REPORTS, uri -> uri.path("/api/reports/pool")
                .queryParam("province", scope).queryParamIfPresent("asOf", Optional.ofNullable(asOf))
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(text -> !text.isBlank()))
                .queryParamIfPresent("sort", Optional.ofNullable(sort).filter(text -> !text.isBlank()))
                .queryParam("page", Math.max(0, page)).queryParam("size", PAGE_SIZE).build()));
        model.addAttribute("personal", user.hasAny(WebRole.OFFICE, WebRole.AUDITOR));
        return "pool";
    }

    @GetMapping("/key-posts")
    String keyPosts(@RequestParam(required = false) String province, @RequestParam(required = false) String sort,
                    @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("province", province);
        model.addAttribute("sort", sort);
        model.addAttribute("result", services.object(ServiceName.REPORTS, uri -> uri.path("/api/reports/key-posts")
                .queryParamIfPresent("province", Optional.ofNullable(province).filter(p -> !p.isBlank()))
                .queryParamIfPresent("sort", Optional.ofNullable(sort).filter(text -> !text.isBlank()))
                .queryParam("page", Math.max(0, page)).queryParam("size", PAGE_SIZE).build()));
        return "key-posts";
    }
}
