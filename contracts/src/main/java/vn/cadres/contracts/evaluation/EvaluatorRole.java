package vn.cadres.contracts.evaluation;

/** Who evaluates a cadre, as Quy định 65-QĐ/TW shares the work for a rotated cadre (R9–R11). */
public enum EvaluatorRole {
    /** Nơi đi: the sending unit assesses the cadre before the rotation (R10). */
    SENDING_UNIT,
    /** Nơi đến: the receiving unit evaluates the cadre during the rotation and at its end (R11). */
    RECEIVING_UNIT,
    /** Cấp quyết định: the level that decided the rotation evaluates the cadre every year (R9). */
    DECIDING_LEVEL
}
