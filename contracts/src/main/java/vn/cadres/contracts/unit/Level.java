package vn.cadres.contracts.unit;

/**
 * The administrative level of a unit (cấp). The district level (cấp huyện) was abolished on
 * 1 July 2025, when communes came directly under their province; it stays here because the history
 * recorded before that date still names district units.
 */
public enum Level {
    /** Trung ương: central bodies of the Party, State, Front and mass organisations. */
    CENTRAL,
    /** Tỉnh / thành phố trực thuộc trung ương: a province or centrally-run city. */
    PROVINCE,
    /** Huyện / quận / thị xã: a district; abolished from 1 July 2025. */
    DISTRICT,
    /** Xã / phường / thị trấn: a commune or ward, the grassroots level (cơ sở). */
    COMMUNE
}
