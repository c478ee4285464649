package vn.cadres.rotation.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.cadres.contracts.rotation.RotationRule;
import vn.cadres.contracts.rotation.RuleFlag;
import vn.cadres.platform.domain.RuleViolation;

/**
 * The rules checked for one decision about a rotation, settled as the policy says: a finding of a
 * rule that warns becomes a warning flag; of a rule that refuses, an overridden flag when the office
 * overrode it (now, or earlier on the same rotation), otherwise the decision is refused with every
 * such finding named at once.
 */
public final class RuleVerdicts {

    private final RotationPolicy policy;
    private final Map<RotationRule, String> overrides = new LinkedHashMap<>();
    private final Map<RotationRule, RuleFlag> overriddenBefore;
    private final String actor;
    private final List<RuleFlag> flags = new ArrayList<>();
    private final Map<String, String> refused = new LinkedHashMap<>();

    /**
     * @param overrides        the overrides the office gives with this decision
     * @param overriddenBefore the overrides granted earlier on this rotation, which stand for later decisions
     * @param actor            who decides, recorded on an override
     */
    public RuleVerdicts(RotationPolicy policy, List<RuleOverride> overrides, Map<RotationRule, RuleFlag> overriddenBefore,
                        String actor) {
        this.policy = policy;
        this.overriddenBefore = overriddenBefore;
        this.actor = actor;
        (overrides == null ? List.<RuleOverride>of() : overrides)
                .forEach(override -> this.overrides.put(override.rule(), override.reason()));
    }

    public RotationPolicy policy() {
        return policy;
    }

    /** Checks one rule: {@code broken} says whether it finds something, {@code detail} says what, in words. */
    public RuleVerdicts check(RotationRule rule, Supplier<Boolean> broken, Supplier<String> detail) {
        RuleMode mode = policy.modeOf(rule);
        if (mode == RuleMode.OFF || !broken.get()) {
            return this;
        }
        String finding = detail.get();
        if (mode == RuleMode.WARN) {
            flags.add(RuleFlag.warning(rule, finding));
        } else if (overrides.containsKey(rule)) {
            flags.add(RuleFlag.overridden(rule, finding, overrides.get(rule), actor));
        } else if (overriddenBefore.containsKey(rule)) {
            RuleFlag earlier = overriddenBefore.get(rule);
            flags.add(RuleFlag.overridden(rule, finding, earlier.overrideReason(), earlier.overriddenBy()));
        } else {
            refused.put(rule.name(), rule.regulation() + ": " + finding);
        }
        return this;
    }

    /**
     * @return the flags to record with the decision
     * @throws RuleViolation (409, code {@code rotation-rule-refused}) naming every refusing rule
     *                       that found something and was not overridden
     */
    public List<RuleFlag> settle() {
        if (!refused.isEmpty()) {
            throw new RuleViolation("rotation-rule-refused", String.join("; ", refused.values())
                    + " (an office of the deciding province may override with a reason)",
                    Map.of("rules", List.copyOf(refused.keySet()), "findings", Map.copyOf(refused)));
        }
        return List.copyOf(flags);
    }
}
