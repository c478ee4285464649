package vn.cadres.web.rotations;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cadres.web.format.Formats;
import vn.cadres.web.services.Services;
import vn.cadres.web.services.Services.ServiceName;

/**
 * The rotations, a page at a time, filtered and sorted by reporting-service (never every row to the
 * browser); the same filters download the whole list as xlsx or CSV. One rotation's page shows its
 * before / during / after assessment; the terms page the rotations past or near their planned end.
 */
@Controller
class RotationsController {

    static final List<String> STATUSES = List.of("PROPOSED", "APPROVED", "ACTIVE", "ENDING", "OVERDUE", "COMPLETED",
            "ENDED_EARLY", "CANCELLED");
    static final List<String> MOVEMENTS = List.of("DOWNWARD", "UPWARD", "BETWEEN_LOCALITIES", "BETWEEN_BODIES");
    static final List<String> KINDS = List.of("ROTATION", "TRANSFER");

    private final Services services;

    RotationsController(Services services) {
        this.services = services;
    }

    @GetMapping("/rotations")
    String rotations(RotationFilter filter, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("result", services.object(ServiceName.REPORTS, uri -> filter.query(uri.path("/api/reports/rotations"))
                .queryParam("page", filter.pageOrFirst()).queryParam("size", RotationFilter.PAGE_SIZE).build()));
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("movements", MOVEMENTS);
        model.addAttribute("kinds", KINDS);
        return "rotations";
    }

    /** The whole filtered list as the services write it (xlsx or csv), with the filters in the name. */
    @GetMapping("/exports/rotations.{format:xlsx|csv}")
    ResponseEntity<byte[]> export(@PathVariable String format, RotationFilter filter) {
        byte[] file = services.file(ServiceName.REPORTS, uri -> filter.query(uri.path("/api/reports/export/rotations." + format))
                .build());
        String name = "luan-chuyen" + (filter.province() == null || filter.province().isBlank() ? "" : "-" + filter.province())
                + "-" + LocalDate.now(Formats.VIETNAM) + "." + format;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType("csv".equals(format) ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                        : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(file);
    }

    @GetMapping("/rotations/{rotationId}")
    String rotation(@PathVariable String rotationId, Model model) {
        model.addAttribute("assessment", services.object(ServiceName.REPORTS, uri -> uri.path("/api/reports/rotations/{id}").build(rotationId)));
        return "rotation";
    }

    /** One list of the terms page: its anchor, its title's message key, and a page of rotations. */
    public record TermList(String id, String title, Map<String, Object> result) {
    }

    /** Overdue rotations, and those whose planned end falls in the next 90 days (reporting-service's ENDING). */
    @GetMapping("/terms")
    String terms(@RequestParam(required = false) String province, Model model) {
        Map<String, Object> overdue = services.object(ServiceName.REPORTS, uri -> uri.path("/api/reports/rotations")
                .queryParamIfPresent("province", Optional.ofNullable(province).filter(p -> !p.isBlank()))
                .queryParam("status", "OVERDUE").queryParam("sort", "plannedEnd").queryParam("size", 200).build());
        Map<String, Object> endingSoon = services.object(ServiceName.REPORTS, uri -> uri.path("/api/reports/rotations")
                .queryParamIfPresent("province", Optional.ofNullable(province).filter(p -> !p.isBlank()))
                .queryParam("status", "ENDING").queryParam("sort", "plannedEnd").queryParam("size", 200).build());
        model.addAttribute("province", province);
        model.addAttribute("lists", List.of(new TermList("overdue", "terms.overdue", overdue),
                new TermList("ending", "terms.endingSoon", endingSoon)));
        return "terms";
    }
}
