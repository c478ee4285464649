package vn.cadres.contracts.rotation;

/**
 * What a rule found about a rotation when it was decided, as recorded on the rotation's event.
 *
 * @param detail         the facts that made the rule flag, in words an auditor reads
 * @param overridden     true when the rule would have refused and the deciding office overrode it
 * @param overrideReason why the office overrode the rule; null unless overridden
 * @param overriddenBy   who overrode it (the token's subject); null unless overridden
 */
public record RuleFlag(
        RotationRule rule,
        String detail,
        boolean overridden,
        String overrideReason,
        String overriddenBy) {

    public static RuleFlag warning(RotationRule rule, String detail) {
        return new RuleFlag(rule, detail, false, null, null);
    }

    public static RuleFlag overridden(RotationRule rule, String detail, String reason, String by) {
        return new RuleFlag(rule, detail, true, reason, by);
    }
}
