package vn.cadres.contracts.rotation;

/**
 * The direction of a move between levels and localities, as Quy định 65-QĐ/TW lists them (R3) and
 * as offices report them: Lạng Sơn's 48 rotations were 12 down, 7 up, 4 between wards and communes,
 * 25 between city bodies.
 */
public enum Movement {
    /** Từ trên xuống: from a higher level to a lower one (city to ward or commune). */
    DOWNWARD,
    /** Từ dưới lên: from a lower level to a higher one. */
    UPWARD,
    /** Giữa các địa phương: between two localities at one level (ward to ward, province to province). */
    BETWEEN_LOCALITIES,
    /** Giữa các cơ quan: between bodies of one level in one locality (city departments, boards, mass organisations). */
    BETWEEN_BODIES
}
