package vn.cadres.contracts.cadre;

/**
 * A cadre's professional education (trình độ chuyên môn): offices report the share with a university
 * degree or higher, so the levels are ordered from lowest to highest.
 */
public enum ProfessionalEducation {
    /** Trung cấp. */
    INTERMEDIATE,
    /** Cao đẳng. */
    COLLEGE,
    /** Đại học. */
    BACHELOR,
    /** Thạc sĩ. */
    MASTER,
    /** Tiến sĩ. */
    DOCTOR
}
