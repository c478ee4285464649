package vn.cadres.cadre.profile.view;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.cadre.profile.CadreProfile;
import vn.cadres.platform.domain.NotFoundException;
import vn.cadres.platform.history.AsOf;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;

/**
 * {@code GET /api/cadres/{id}}: a cadre's current profile, or with {@code asOf=yyyy-MM-dd} the
 * profile as it stood on that date (hồ sơ tại thời điểm), and with {@code recordedAt=} (an instant)
 * as the records said then, for auditors checking past decisions.
 */
@RestController
class CadreProfileEndpoint {

    private final CadreProfiles profiles;
    private final ProfileHistory history;
    private final ProvinceAccess access;

    CadreProfileEndpoint(CadreProfiles profiles, ProfileHistory history, ProvinceAccess access) {
        this.profiles = profiles;
        this.history = history;
        this.access = access;
    }

    @AllowedRoles({Role.OFFICE, Role.AUDITOR})
    @GetMapping("/api/cadres/{cadreId}")
    CadreProfile profile(@PathVariable String cadreId,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant recordedAt,
                         ActingOffice office) {
        CadreProfile profile = (asOf == null && recordedAt == null ? profiles.find(cadreId)
                : history.asOf(cadreId, new AsOf(asOf, recordedAt)))
                .orElseThrow(() -> new NotFoundException("cadre", cadreId));
        access.requireRead(office, profile.managingProvince());
        return profile;
    }
}
