package vn.cadres.rotation;

/** Where a rotation stands in its lifecycle. */
public enum RotationStatus {
    /** Đề xuất: proposed, not yet decided. */
    PROPOSED,
    /** Đã có quyết định: decided by the competent level, not yet started. */
    APPROVED,
    /** Đang luân chuyển: the cadre serves at the receiving unit. */
    ACTIVE,
    /** Hoàn thành: the term was served to its planned end. */
    COMPLETED,
    /** Kết thúc trước hạn: ended before its planned end. */
    ENDED_EARLY,
    /** Hủy: cancelled before it started. */
    CANCELLED
}
