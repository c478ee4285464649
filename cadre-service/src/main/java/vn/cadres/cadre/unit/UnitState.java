package vn.cadres.cadre.unit;

/** Whether a unit still exists, and if not, how it ended. */
public enum UnitState {
    /** Đang hoạt động. */
    ACTIVE,
    /** Đã sáp nhập: continued by a successor unit. */
    MERGED,
    /** Đã giải thể: ended without a successor. */
    DISSOLVED
}
