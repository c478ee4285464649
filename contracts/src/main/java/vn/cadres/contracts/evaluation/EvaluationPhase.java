package vn.cadres.contracts.evaluation;

/**
 * Where an evaluation falls against a cadre's rotation (trước, trong, sau luân chuyển), derived from
 * the evaluated period and the rotation's dates, never typed by the office.
 */
public enum EvaluationPhase {
    BEFORE,
    DURING,
    AFTER,
    /** No rotation of the cadre is near the evaluated period. */
    NONE
}
