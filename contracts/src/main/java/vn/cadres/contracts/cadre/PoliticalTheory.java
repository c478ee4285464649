package vn.cadres.contracts.cadre;

/**
 * A cadre's political theory level (trình độ lý luận chính trị): offices report the share with
 * advanced or intermediate level, so the levels are ordered from lowest to highest.
 */
public enum PoliticalTheory {
    /** Sơ cấp. */
    ELEMENTARY,
    /** Trung cấp. */
    INTERMEDIATE,
    /** Cao cấp. */
    ADVANCED
}
