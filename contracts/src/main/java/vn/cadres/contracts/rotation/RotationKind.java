package vn.cadres.contracts.rotation;

/** Why a cadre is moved: to train and test them for a term, or because the work needs them elsewhere. */
public enum RotationKind {
    /** Luân chuyển: a planned move for a term, to train and test the cadre (Quy định 65-QĐ/TW). */
    ROTATION,
    /** Điều động: a move decided by need, not a training term. */
    TRANSFER
}
