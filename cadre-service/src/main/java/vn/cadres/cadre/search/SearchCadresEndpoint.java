package vn.cadres.cadre.search;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.cadre.profile.CadreProfile;
import vn.cadres.cadre.profile.view.CadreProfiles;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;

/**
 * {@code GET /api/cadres?q=nguyen van a&province=HN}: finds cadres by part of their name, typed with
 * or without diacritics (tìm kiếm không dấu), or lists a province's cadres. An office sees only its
 * own province, so its searches are confined to it; auditors and viewers search every province.
 */
@RestController
class SearchCadresEndpoint {

    private static final int MAX_RESULTS = 200;

    private final CadreProfiles profiles;
    private final ProvinceAccess access;

    SearchCadresEndpoint(CadreProfiles profiles, ProvinceAccess access) {
        this.profiles = profiles;
        this.access = access;
    }

    @GetMapping("/api/cadres")
    List<CadreProfile> search(@RequestParam(required = false) String q,
                              @RequestParam(required = false) ProvinceCode province, ActingOffice office) {
        ProvinceCode scope = province == null && office.has(Role.OFFICE) ? office.province() : province;
        if (scope != null) {
            access.requireRead(office, scope);
        }
        return profiles.search(scope, q, MAX_RESULTS);
    }
}
