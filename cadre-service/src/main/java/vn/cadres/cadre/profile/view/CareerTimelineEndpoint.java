package vn.cadres.cadre.profile.view;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.cadre.profile.CadreProfile;
import vn.cadres.platform.domain.NotFoundException;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;

/**
 * {@code GET /api/cadres/{id}/timeline}: a cadre's career as a sequence of moves, each on a decision
 * (quá trình công tác), for the office that manages the cadre and for auditors.
 */
@RestController
class CareerTimelineEndpoint {

    private final CadreProfiles profiles;
    private final CareerTimeline timeline;
    private final ProvinceAccess access;

    CareerTimelineEndpoint(CadreProfiles profiles, CareerTimeline timeline, ProvinceAccess access) {
        this.profiles = profiles;
        this.timeline = timeline;
        this.access = access;
    }

    record Timeline(String cadreId, String fullName, List<TimelineEntry> entries) {
    }

    @AllowedRoles({Role.OFFICE, Role.AUDITOR})
    @GetMapping("/api/cadres/{cadreId}/timeline")
    Timeline timeline(@PathVariable String cadreId, ActingOffice office) {
        CadreProfile profile = profiles.find(cadreId).orElseThrow(() -> new NotFoundException("cadre", cadreId));
        access.requireRead(office, profile.managingProvince());
        return new Timeline(cadreId, profile.fullName(), timeline.of(cadreId));
    }
}
