package vn.cadres.reporting.reference;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.contracts.province.Province;
import vn.cadres.contracts.province.Provinces;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.Role;

/**
 * {@code GET /api/reference/provinces[?asOf=]}: the provinces and centrally-run cities from the reference
 * data in contracts, in Vietnamese order, so that the dashboard's filter lists them instead of knowing
 * some by heart. Without a date every period (the 63 until 30 June 2025, the 34 since, each with what it
 * was formed from), because records of the old provinces remain; with one, those in force that day.
 * Public facts, no records: every role may read them.
 */
@RestController
class ProvincesEndpoint {

    @AllowedRoles({Role.OFFICE, Role.AUDITOR, Role.VIEWER, Role.ADMIN})
    @GetMapping("/api/reference/provinces")
    List<Province> provinces(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                             LocalDate asOf) {
        return asOf == null ? Provinces.reference().all() : Provinces.reference().asOf(asOf);
    }
}
