package vn.cadres.cadre.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cadres.cadre.planning.plan.PlanCadre;
import vn.cadres.cadre.planning.remove.RemoveFromPlan;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.DisciplineMeasure;
import vn.cadres.contracts.planning.CadrePlanned;
import vn.cadres.contracts.planning.CadreRemovedFromPlan;
import vn.cadres.platform.domain.InvalidInput;
import vn.cadres.platform.domain.RuleViolation;

/**
 * The posts one cadre is planned for (quy hoạch), held by the {@code Cadre} aggregate. The rules
 * about one cadre's plans live here, inside that one record, so they are decided without looking
 * anywhere else: at most {@link PlanningLimits#maxPostsPerLevel()} posts per level, and the
 * automatic drop-outs on a discipline or past the planning age happen in the same command as their
 * cause. The rule across cadres (at most so many per post) cannot be decided here; the endpoint
 * enforces it with slot reservations ({@code PlanSlots}).
 */
public record Plans(String cadreId, ProvinceCode province, List<Plan> active) {

    public static Plans of(String cadreId, ProvinceCode province) {
        return new Plans(cadreId, province, List.of());
    }

    /**
     * The decision to plan the cadre.
     *
     * @param birthDate the cadre's, for the planning age on the decision date
     */
    public CadrePlanned plan(PlanCadre command, LocalDate birthDate, PlanningLimits limits) {
        if (!command.termEnd().isAfter(command.termStart())) {
            throw InvalidInput.of("termEnd", "must be after termStart " + command.termStart());
        }
        if (find(command.unitId(), command.post()) != null) {
            throw new RuleViolation("already-planned", "cadre " + cadreId + " is already planned for "
                    + command.post(), Map.of("unitId", command.unitId(), "post", command.post()));
        }
        if (limits.overAge(birthDate, command.effectiveDate())) {
            throw new RuleViolation("over-planning-age", "cadre " + cadreId + " is "
                    + PlanningLimits.ageOn(birthDate, command.effectiveDate()) + ", over the planning age of "
                    + limits.maxAge(), Map.of("maxAge", limits.maxAge()));
        }
        List<String> atLevel = active.stream().filter(p -> p.level() == command.level()).map(Plan::post).toList();
        if (atLevel.size() >= limits.maxPostsPerLevel()) {
            throw new RuleViolation("level-plan-full", "cadre " + cadreId + " is already planned for "
                    + atLevel.size() + " posts at level " + command.level() + ": " + atLevel,
                    Map.of("level", command.level().name(), "plannedPosts", atLevel));
        }
        return new CadrePlanned(cadreId, province, command.unitId(), command.post(), command.level(),
                command.termStart(), command.termEnd(), command.effectiveDate());
    }

    /** The office's decision to take the cadre out of one plan, which must say why. */
    public CadreRemovedFromPlan remove(RemoveFromPlan command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw InvalidInput.of("reason", "a removal from the plan must say why");
        }
        if (find(command.unitId(), command.post()) == null) {
            throw new RuleViolation("not-planned", "cadre " + cadreId + " is not planned for " + command.post(),
                    Map.of("unitId", command.unitId(), "post", command.post()));
        }
        return new CadreRemovedFromPlan(cadreId, province, command.unitId(), command.post(),
                command.reason().strip(), false, command.effectiveDate());
    }

    /**
     * Every active plan dropped because of a discipline: every measure, from a reprimand (khiển trách)
     * up, takes a cadre out of all plans.
     */
    public List<CadreRemovedFromPlan> droppedFor(DisciplineMeasure measure, String decisionNumber,
                                                 LocalDate effectiveDate) {
        return droppedAll("kỷ luật " + vietnamese(measure) + " theo " + decisionNumber, effectiveDate);
    }

    /** Every active plan dropped because the cadre is past the planning age on {@code asOf}; none otherwise. */
    public List<CadreRemovedFromPlan> droppedForAge(LocalDate birthDate, LocalDate asOf, PlanningLimits limits) {
        if (!limits.overAge(birthDate, asOf)) {
            return List.of();
        }
        return droppedAll("quá tuổi quy hoạch: " + PlanningLimits.ageOn(birthDate, asOf) + " tuổi, tối đa "
                + limits.maxAge(), asOf);
    }

    /** The plans after one more event of this cadre; events about other things leave them as they are. */
    public Plans apply(Object event) {
        return switch (event) {
            case CadrePlanned p -> new Plans(cadreId, province, append(Plan.of(p)));
            case CadreRemovedFromPlan r -> new Plans(cadreId, province,
                    active.stream().filter(p -> !p.isFor(r.unitId(), r.post())).toList());
            default -> this;
        };
    }

    private List<CadreRemovedFromPlan> droppedAll(String reason, LocalDate effectiveDate) {
        return active.stream().map(p -> new CadreRemovedFromPlan(cadreId, province, p.unitId(), p.post(), reason,
                true, effectiveDate)).toList();
    }

    private Plan find(String unitId, String post) {
        return active.stream().filter(p -> p.isFor(unitId, post)).findFirst().orElse(null);
    }

    private List<Plan> append(Plan plan) {
        List<Plan> next = new ArrayList<>(active);
        next.add(plan);
        return List.copyOf(next);
    }

    private static String vietnamese(DisciplineMeasure measure) {
        return switch (measure) {
            case REPRIMAND -> "khiển trách";
            case WARNING -> "cảnh cáo";
            case DEMOTION -> "cách chức";
            case DISMISSAL -> "bãi nhiệm";
        };
    }
}
