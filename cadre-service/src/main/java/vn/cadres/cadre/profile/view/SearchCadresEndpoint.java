package vn.cadres.cadre.profile.view;

import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.cadre.profile.CadreProfile;
import vn.cadres.cadre.unit.view.Units;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.unit.Level;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;

/**
 * {@code GET /api/cadres?q=nguyen van a&province=HN&unitId=&level=COMMUNE}: finds cadres by part of
 * their name, typed with or without diacritics (tìm kiếm không dấu), lists a province's cadres, the
 * cadres now holding a post in one unit, or those holding a post at one level (cấp); the filters
 * combine. An office sees only its own province, so its searches are confined to it; auditors
 * search every province.
 */
@RestController
class SearchCadresEndpoint {

    private static final int MAX_RESULTS = 200;

    private final CadreProfiles profiles;
    private final Units units;

    SearchCadresEndpoint(CadreProfiles profiles, Units units) {
        this.profiles = profiles;
        this.units = units;
    }

    @AllowedRoles({Role.OFFICE, Role.AUDITOR})
    @GetMapping("/api/cadres")
    List<CadreProfile> search(@RequestParam(required = false) String q,
                              @RequestParam(required = false) ProvinceCode province,
                              @RequestParam(required = false) String unitId,
                              @RequestParam(required = false) Level level, ActingOffice office) {
        return profiles.search(ProvinceAccess.readScope(office, province), q, heldIn(unitId, level), MAX_RESULTS);
    }

    /** The units whose post holders are wanted: the one named, those of the level, both, or null for any. */
    private Set<String> heldIn(String unitId, Level level) {
        if (level == null) {
            return unitId == null ? null : Set.of(unitId);
        }
        Set<String> atLevel = units.idsAt(level);
        if (unitId != null) {
            atLevel.retainAll(Set.of(unitId));
        }
        return atLevel;
    }
}
