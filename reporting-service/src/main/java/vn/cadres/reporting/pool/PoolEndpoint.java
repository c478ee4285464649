package vn.cadres.reporting.pool;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.domain.InvalidInput;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;
import vn.cadres.platform.time.EffectiveDates;

/**
 * {@code GET /api/reports/pool?province=&asOf=}: the cadre pool under a province's Standing Committee
 * on a date (today if omitted); {@code GET /api/reports/key-posts?province=&asOf=}: key posts held by
 * non-natives, by post.
 */
@RestController
class PoolEndpoint {

    private final CadrePool pool;
    private final Clock clock;

    PoolEndpoint(CadrePool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    @AllowedRoles({Role.OFFICE, Role.AUDITOR, Role.VIEWER})
    @GetMapping("/api/reports/pool")
    CadrePool.Pool pool(@RequestParam(required = false) ProvinceCode province,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                        ActingOffice office) {
        ProvinceCode shown = ProvinceAccess.readScope(office, province);
        if (shown == null) {
            throw InvalidInput.of("province", "a pool is a province's");
        }
        return pool.pool(shown, EffectiveDates.orToday(asOf, clock));
    }

    @AllowedRoles({Role.OFFICE, Role.AUDITOR, Role.VIEWER})
    @GetMapping("/api/reports/key-posts")
    List<CadrePool.KeyPost> keyPosts(@RequestParam(required = false) ProvinceCode province,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                     ActingOffice office) {
        return pool.keyPosts(ProvinceAccess.readScope(office, province), EffectiveDates.orToday(asOf, clock));
    }
}
