package vn.cadres.contracts.evaluation;

/**
 * The four classes of Quy định 124-QĐ/TW and 366-QĐ/TW (xếp loại chất lượng), best first.
 */
public enum Classification {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    EXCELLENT,
    /** Hoàn thành tốt nhiệm vụ. */
    GOOD,
    /** Hoàn thành nhiệm vụ. */
    COMPLETED,
    /** Không hoàn thành nhiệm vụ. */
    NOT_COMPLETED
}
