package vn.cadres.rotation.cadres;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.domain.RuleViolation;

/**
 * A cadre as this service knows them from cadre-service's topic: what the rotation rules need.
 *
 * @param province     the province whose Standing Committee manages the cadre; its office decides the
 *                     cadre's rotations
 * @param homeProvince the province of the cadre's home locality (quê quán), for R4/R5
 * @param homeCommune  the commune or ward of the home locality, for commune key posts
 * @param plans        every succession plan the cadre was ever put in, removed ones included
 * @param retiredOn    the first day of retirement, or null
 * @param diedOn       the date of death, or null
 */
public record KnownCadre(
        String cadreId,
        ProvinceCode province,
        String fullName,
        Gender gender,
        LocalDate birthDate,
        ProvinceCode homeProvince,
        String homeCommune,
        List<KnownPlan> plans,
        LocalDate retiredOn,
        LocalDate diedOn) {

    public KnownCadre {
        plans = plans == null ? List.of() : List.copyOf(plans);
    }

    /** A place in a succession plan (quy hoạch), from the planning decision until the cadre left it. */
    public record KnownPlan(String unitId, String post, LocalDate plannedOn, LocalDate removedOn) {

        boolean heldOn(LocalDate date) {
            return !plannedOn.isAfter(date) && (removedOn == null || removedOn.isAfter(date));
        }
    }

    /** The plans the cadre was in on {@code date}. */
    public List<KnownPlan> plansOn(LocalDate date) {
        return plans.stream().filter(plan -> plan.heldOn(date)).toList();
    }

    /**
     * @throws RuleViolation (409) when the cadre had retired or died by {@code date}: nobody is
     *                       rotated, or kept in a rotation, after leaving service
     */
    public KnownCadre requireServingOn(LocalDate date) {
        if (diedOn != null && !diedOn.isAfter(date)) {
            throw new RuleViolation("cadre-deceased", "cadre " + cadreId + " died on " + diedOn,
                    Map.of("cadreId", cadreId, "diedOn", diedOn.toString()));
        }
        if (retiredOn != null && !retiredOn.isAfter(date)) {
            throw new RuleViolation("cadre-retired", "cadre " + cadreId + " retired on " + retiredOn,
                    Map.of("cadreId", cadreId, "retiredOn", retiredOn.toString()));
        }
        return this;
    }
}
