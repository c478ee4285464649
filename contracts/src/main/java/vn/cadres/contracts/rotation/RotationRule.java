package vn.cadres.contracts.rotation;

/**
 * The rules a rotation is checked against. Each deployment sets each rule to refuse, warn or stay
 * silent, because regulations change; whatever a rule found is recorded on the rotation as a
 * {@link RuleFlag}, so auditors see what was flagged and who overrode it.
 */
public enum RotationRule {
    /** R1: a rotated cadre is in a succession plan (quy hoạch). */
    IN_SUCCESSION_PLAN("R1"),
    /** R7: at least this many years of working life left when the rotation starts. */
    WORKING_LIFE_LEFT("R7"),
    /** R8: a planned term of at least 36 months. */
    MINIMUM_TERM("R8"),
    /** R8: a rotation ended before the minimum term was served. */
    ENDED_EARLY("R8"),
    /** One rotation of a cadre at a time. */
    ONE_ACTIVE_ROTATION("65-QĐ/TW"),
    /** R4/R5: a key post at the destination should not go to a native of the place (người địa phương). */
    NON_LOCAL_KEY_POST("R4/R5"),
    /** R8: a rotation past its planned end and not completed (quá hạn). */
    OVERDUE("R8");

    private final String regulation;

    RotationRule(String regulation) {
        this.regulation = regulation;
    }

    /** The rule of Quy định 65-QĐ/TW that users recognise, such as {@code R7}. */
    public String regulation() {
        return regulation;
    }
}
