package vn.cadres.evaluation;

/** The steps of Quy định 124/366 an evaluation has gone through. */
public enum EvaluationStatus {
    /** Tự đánh giá: the cadre assessed themselves. */
    SELF_ASSESSED,
    /** Thẩm định: the organisation office verified and proposed a class. */
    VERIFIED,
    /** Quyết định: the competent level decided the class; only now does it count in reports. */
    DECIDED
}
