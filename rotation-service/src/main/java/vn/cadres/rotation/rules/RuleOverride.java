package vn.cadres.rotation.rules;

import vn.cadres.contracts.rotation.RotationRule;

/**
 * The deciding office sets a refusing rule aside for this rotation (a special case decided by the
 * competent level, as Quy định 65 allows for R7 and R8), and says why.
 */
public record RuleOverride(RotationRule rule, String reason) {
}
