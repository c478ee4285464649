package vn.cadres.rotation.rules;

/** What a rotation rule does when it finds something, as a deployment configures it. */
public enum RuleMode {
    /** Refuse the command (409) unless the deciding office overrides the rule with a reason. */
    REFUSE,
    /** Let the command through and record the finding on the rotation. */
    WARN,
    /** Do not check. */
    OFF
}
