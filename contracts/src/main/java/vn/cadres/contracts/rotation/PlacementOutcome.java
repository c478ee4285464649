package vn.cadres.contracts.rotation;

/** How a cadre is used after a rotation (bố trí sau luân chuyển), R6 and R13. */
public enum PlacementOutcome {
    /** Returned to a post equivalent to the one held before (bố trí chức vụ tương đương). */
    RETURNED_EQUIVALENT,
    /** Promoted to a higher post, for an outstanding cadre (bổ nhiệm chức vụ cao hơn). */
    PROMOTED,
    /** Kept permanently at the destination: the cadre stops being a rotated cadre (R13). */
    KEPT_AT_DESTINATION
}
