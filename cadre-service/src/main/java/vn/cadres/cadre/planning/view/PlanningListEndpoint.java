package vn.cadres.cadre.planning.view;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.cadre.profile.CadreProfile;
import vn.cadres.cadre.profile.view.CadreProfiles;
import vn.cadres.cadre.unit.view.UnitView;
import vn.cadres.cadre.unit.view.Units;
import vn.cadres.platform.domain.InvalidInput;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;

/** {@code GET /api/planning?unitId=&post=}: who is planned for a post (danh sách quy hoạch chức danh). */
@RestController
class PlanningListEndpoint {

    private final PlanningBoard board;
    private final Units units;
    private final CadreProfiles profiles;
    private final ProvinceAccess access;

    PlanningListEndpoint(PlanningBoard board, Units units, CadreProfiles profiles, ProvinceAccess access) {
        this.board = board;
        this.units = units;
        this.profiles = profiles;
        this.access = access;
    }

    record PostPlan(String unitId, String post, List<PlannedCadre> cadres) {
    }

    @AllowedRoles({Role.OFFICE, Role.AUDITOR})
    @GetMapping("/api/planning")
    PostPlan list(@RequestParam String unitId, @RequestParam String post, ActingOffice office) {
        UnitView unit = units.find(unitId).orElseThrow(() -> InvalidInput.of("unitId", "no unit with id " + unitId));
        access.requireRead(office, unit.province());
        String name = post.strip();
        return new PostPlan(unitId, name, board.plannedFor(unitId, name,
                cadreId -> profiles.find(cadreId).map(CadreProfile::fullName).orElse(null)));
    }
}
