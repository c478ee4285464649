package vn.cadres.reporting.pool;

import java.time.Clock;
import java.time.LocalDate;
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
import vn.cadres.reporting.table.Page;
import vn.cadres.reporting.table.PersonalDetails;
import vn.cadres.reporting.table.PageRequest;

/**
 * {@code GET /api/reports/pool?province=&asOf=&q=&page=&size=&sort=}: a page of the cadres under a
 * province's Standing Committee on a date (today if omitted), names in Vietnamese order;
 * {@code GET /api/reports/pool/summary?province=&asOf=}: the pool's figures (by level, education,
 * women, under 35); {@code GET /api/reports/key-posts?province=&asOf=&page=&size=&sort=}: key posts
 * held, and by non-natives, by post. Birth dates, and the order by them, only for offices and auditors.
 */
@RestController
public class PoolEndpoint {

    private final CadrePool pool;
    private final Clock clock;

    PoolEndpoint(CadrePool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    @AllowedRoles({Role.OFFICE, Role.AUDITOR, Role.VIEWER})
    @GetMapping("/api/reports/pool")
    Page<CadrePool.PoolRow> pool(@RequestParam(required = false) ProvinceCode province,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                 @RequestParam(required = false) String q,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size,
                                 @RequestParam(required = false) String sort, ActingOffice office) {
        boolean personal = PersonalDetails.shownTo(office);
        return pool.table(provinceOf(office, province), EffectiveDates.orToday(asOf, clock), q,
                PageRequest.of(page, size, sort, PersonalDetails.sortable(CadrePool.COLUMNS, personal)), personal);
    }

    @AllowedRoles({Role.OFFICE, Role.AUDITOR, Role.VIEWER})
    @GetMapping("/api/reports/pool/summary")
    CadrePool.Pool summary(@RequestParam(required = false) ProvinceCode province,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                           ActingOffice office) {
        return pool.pool(provinceOf(office, province), EffectiveDates.orToday(asOf, clock));
    }

    @AllowedRoles({Role.OFFICE, Role.AUDITOR, Role.VIEWER})
    @GetMapping("/api/reports/key-posts")
    Page<CadrePool.KeyPost> keyPosts(@RequestParam(required = false) ProvinceCode province,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size,
                                     @RequestParam(required = false) String sort, ActingOffice office) {
        return pool.keyPosts(ProvinceAccess.readScope(office, province), EffectiveDates.orToday(asOf, clock),
                PageRequest.of(page, size, sort, CadrePool.KEY_POST_COLUMNS));
    }

    /** The province a pool is read for: one, as the pool is a province's Standing Committee's. */
    public static ProvinceCode provinceOf(ActingOffice office, ProvinceCode asked) {
        ProvinceCode shown = ProvinceAccess.readScope(office, asked);
        if (shown == null) {
            throw InvalidInput.of("province", "a pool is a province's");
        }
        return shown;
    }
}
