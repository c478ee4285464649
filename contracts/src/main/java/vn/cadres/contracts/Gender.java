package vn.cadres.contracts;

/** Giới tính, as recorded in a cadre's profile. */
public enum Gender {
    /** Nam. */
    MALE,
    /** Nữ. */
    FEMALE
}
