package vn.cadres.rotation.rules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.rotation.RotationRule;

/**
 * The thresholds and rule modes of Quy định 65-QĐ/TW as this deployment applies them
 * ({@code cadres.rotation.*}): configuration rather than code, because regulations change.
 *
 * @param minTermMonths   R8: the shortest planned term, and the shortest served term that is not flagged (36)
 * @param minWorkingYears R7: working life left at the start of a rotation (10)
 * @param retirementAge   the retirement ages by gender that R7 counts to; the defaults are those the
 *                        2019 Labour Code reaches at the end of its transition (62 for men, 60 for women)
 * @param rules           each rule's mode; a rule not listed has the mode of {@link #DEFAULT_MODES}
 */
@ConfigurationProperties("cadres.rotation")
public record RotationPolicy(
        @DefaultValue("36") int minTermMonths,
        @DefaultValue("10") int minWorkingYears,
        @DefaultValue RetirementAges retirementAge,
        Map<RotationRule, RuleMode> rules) {

    /** Refuse what the regulation requires, warn of what it recommends. */
    public static final Map<RotationRule, RuleMode> DEFAULT_MODES = Map.of(
            RotationRule.IN_SUCCESSION_PLAN, RuleMode.WARN,
            RotationRule.WORKING_LIFE_LEFT, RuleMode.REFUSE,
            RotationRule.MINIMUM_TERM, RuleMode.REFUSE,
            RotationRule.ENDED_EARLY, RuleMode.WARN,
            RotationRule.ONE_ACTIVE_ROTATION, RuleMode.REFUSE,
            RotationRule.NON_LOCAL_KEY_POST, RuleMode.WARN,
            RotationRule.OVERDUE, RuleMode.WARN);

    public RotationPolicy {
        if (minTermMonths < 1 || minWorkingYears < 0) {
            throw new IllegalArgumentException("cadres.rotation thresholds must be positive");
        }
        Map<RotationRule, RuleMode> modes = new EnumMap<>(DEFAULT_MODES);
        if (rules != null) {
            modes.putAll(rules);
        }
        if (modes.get(RotationRule.OVERDUE) == RuleMode.REFUSE) {
            throw new IllegalArgumentException("cadres.rotation.rules.overdue can only WARN or be OFF: "
                    + "nothing is asked of anyone when a rotation falls due");
        }
        rules = Map.copyOf(modes);
    }

    /** The policy with every default: what a deployment gets when it configures nothing. */
    public static RotationPolicy defaults() {
        return new RotationPolicy(36, 10, new RetirementAges(62, 60), Map.of());
    }

    /** The same policy with one rule's mode changed. */
    public RotationPolicy with(RotationRule rule, RuleMode mode) {
        Map<RotationRule, RuleMode> modes = new EnumMap<>(rules);
        modes.put(rule, mode);
        return new RotationPolicy(minTermMonths, minWorkingYears, retirementAge, modes);
    }

    public RuleMode modeOf(RotationRule rule) {
        return rules.get(rule);
    }

    /** The day a cadre of {@code gender} born on {@code birthDate} reaches retirement age. */
    public LocalDate retirementOf(Gender gender, LocalDate birthDate) {
        return birthDate.plusYears(gender == Gender.FEMALE ? retirementAge.female() : retirementAge.male());
    }

    public record RetirementAges(@DefaultValue("62") int male, @DefaultValue("60") int female) {
    }
}
