package vn.cadres.rotation.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import vn.cadres.contracts.rotation.RotationRule;
import vn.cadres.contracts.unit.Localities;
import vn.cadres.rotation.cadres.KnownCadre;
import vn.cadres.rotation.units.KnownUnit;

/**
 * The rules of Quy định 65-QĐ/TW that a rotation is checked against, one method each, each adding
 * its finding to the verdicts of the decision at hand with the facts that made it flag.
 */
public final class RotationRules {

    private RotationRules() {
    }

    /** R1: a rotated cadre is in a succession plan on the day the rotation starts. */
    public static void inSuccessionPlan(RuleVerdicts verdicts, KnownCadre cadre, LocalDate start) {
        verdicts.check(RotationRule.IN_SUCCESSION_PLAN, () -> cadre.plansOn(start).isEmpty(),
                () -> cadre.fullName() + " is in no succession plan on " + start);
    }

    /** R7: at least {@code minWorkingYears} of working life left on the day the rotation starts. */
    public static void workingLifeLeft(RuleVerdicts verdicts, KnownCadre cadre, LocalDate start) {
        if (cadre.birthDate() == null || cadre.gender() == null) {
            return;
        }
        RotationPolicy policy = verdicts.policy();
        LocalDate retirement = policy.retirementOf(cadre.gender(), cadre.birthDate());
        verdicts.check(RotationRule.WORKING_LIFE_LEFT,
                () -> start.plusYears(policy.minWorkingYears()).isAfter(retirement),
                () -> cadre.fullName() + " reaches retirement age on " + retirement + ": "
                        + left(start, retirement) + " of working life left on " + start + ", fewer than "
                        + policy.minWorkingYears() + " years");
    }

    /** R8: a planned term of at least {@code minTermMonths}. */
    public static void minimumTerm(RuleVerdicts verdicts, LocalDate start, LocalDate plannedEnd) {
        long months = Terms.months(start, plannedEnd);
        int minimum = verdicts.policy().minTermMonths();
        verdicts.check(RotationRule.MINIMUM_TERM, () -> months < minimum,
                () -> "a planned term of " + months + " months, from " + start + " to " + plannedEnd
                        + ", is shorter than " + minimum + " months");
    }

    /** R8: a rotation that ends before its planned end is flagged when the term served is below the minimum. */
    public static void endedEarly(RuleVerdicts verdicts, LocalDate start, LocalDate end) {
        long months = Terms.months(start, end);
        int minimum = verdicts.policy().minTermMonths();
        verdicts.check(RotationRule.ENDED_EARLY, () -> months < minimum,
                () -> "ended on " + end + " after " + months + " months, before the minimum term of " + minimum
                        + " months");
    }

    /**
     * One rotation of a cadre at a time: the term from {@code start} to {@code plannedEnd} may not
     * overlap another started rotation's, whether that one is still running or was entered later
     * with an earlier or later term (back-filled history).
     */
    public static void oneRotationAtATime(RuleVerdicts verdicts, List<OtherRotation> others, LocalDate start,
                                          LocalDate plannedEnd) {
        verdicts.check(RotationRule.ONE_ACTIVE_ROTATION,
                () -> others.stream().anyMatch(o -> o.overlaps(start, plannedEnd)),
                () -> others.stream().filter(o -> o.overlaps(start, plannedEnd)).findFirst()
                        .map(o -> o.runningOn(start)
                                ? "rotation " + o.rotationId() + ", started " + o.start() + ", is still active on " + start
                                : "rotation " + o.rotationId() + ", from " + o.start() + " to "
                                        + (o.end() == null ? "now" : o.end()) + ", overlaps the term from " + start
                                        + " to " + plannedEnd)
                        .orElseThrow());
    }

    /**
     * R4/R5: a key post should not go to a native of the place: of the commune for posts there, of
     * the district (any of its communes, {@link KnownUnit#communes()}) for district posts, of the
     * province for provincial posts; central posts belong to no locality.
     */
    public static void nonLocalKeyPost(RuleVerdicts verdicts, KnownCadre cadre, KnownUnit to, String post) {
        verdicts.check(RotationRule.NON_LOCAL_KEY_POST, () -> to.isKeyPost(post) && nativeOf(cadre, to),
                () -> post + " is a key post of " + to.name() + " and " + cadre.fullName() + " is a native of "
                        + place(cadre, to));
    }

    private static boolean nativeOf(KnownCadre cadre, KnownUnit unit) {
        return Localities.isNative(unit.level(), unit.province(), unit.locality(), unit.communes(),
                cadre.homeProvince(), cadre.homeCommune());
    }

    private static String place(KnownCadre cadre, KnownUnit unit) {
        return switch (unit.level()) {
            case PROVINCE -> "province " + unit.province();
            case DISTRICT -> Localities.same(cadre.homeCommune(), unit.locality()) ? unit.locality()
                    : cadre.homeCommune() + ", a commune of " + unit.locality();
            default -> unit.locality();
        };
    }

    private static String left(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return "no time";
        }
        Period period = Period.between(from, to);
        return period.getYears() + " years " + period.getMonths() + " months";
    }
}
