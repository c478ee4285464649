package vn.cadres.contracts.cadre;

/**
 * Which ladder a qualification (văn bằng, chứng chỉ) climbs: its level is a {@link ProfessionalEducation}
 * or a {@link PoliticalTheory} name accordingly.
 */
public enum QualificationKind {
    /** Chuyên môn: a degree, levels of {@link ProfessionalEducation}. */
    PROFESSIONAL,
    /** Lý luận chính trị: levels of {@link PoliticalTheory}. */
    POLITICAL_THEORY
}
