package vn.cadres.contracts.cadre;

/**
 * A disciplinary sanction (hình thức kỷ luật), from mildest to gravest: a sanction in the year means
 * the cadre's evaluation is "not completed" under Quy định 366-QĐ/TW.
 */
public enum DisciplineMeasure {
    /** Khiển trách. */
    REPRIMAND,
    /** Cảnh cáo. */
    WARNING,
    /** Cách chức. */
    DEMOTION,
    /** Bãi nhiệm / buộc thôi việc. */
    DISMISSAL
}
