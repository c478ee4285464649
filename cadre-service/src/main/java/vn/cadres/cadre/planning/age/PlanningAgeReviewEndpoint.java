package vn.cadres.cadre.planning.age;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.cadre.planning.view.PlanningBoard;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;
import vn.cadres.platform.time.EffectiveDates;

/**
 * {@code POST /api/planning/age-review?province=&asOf=yyyy-MM-dd}: the office of a province drops
 * every planned cadre of the province who is past the planning age on {@code asOf} (today if
 * omitted) from all their plans. Each cadre's own record decides, so a review run twice, or at the
 * same time as a planning decision, removes no one twice. It is the province's office that runs it,
 * not an admin, because only a province's office writes its records.
 */
@RestController
class PlanningAgeReviewEndpoint {

    private final PlanningBoard board;
    private final CommandSender commands;
    private final ProvinceAccess access;
    private final Clock clock;

    PlanningAgeReviewEndpoint(PlanningBoard board, CommandSender commands, ProvinceAccess access, Clock clock) {
        this.board = board;
        this.commands = commands;
        this.access = access;
        this.clock = clock;
    }

    /** @param removed the cadres dropped from their plans by this review */
    record Review(LocalDate asOf, int reviewed, List<String> removed) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/planning/age-review")
    Review review(@RequestParam ProvinceCode province,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                  ActingOffice office) {
        access.requireWrite(office, province);
        LocalDate date = EffectiveDates.orToday(asOf, clock);
        List<String> planned = board.plannedIn(province);
        List<String> removed = planned.stream().filter(cadreId -> Boolean.TRUE.equals(
                commands.send(office, province, new ReviewPlanningAge(cadreId, date)))).toList();
        return new Review(date, planned.size(), removed);
    }
}
