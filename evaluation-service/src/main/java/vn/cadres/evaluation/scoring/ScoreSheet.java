package vn.cadres.evaluation.scoring;

import java.util.Map;
import vn.cadres.contracts.evaluation.Classification;

/**
 * Scores as an office hands them in: a score per criterion, and optionally the total and the class
 * it reads from them, which must then agree with what the scores give.
 */
public record ScoreSheet(Map<String, Integer> scores, Integer totalScore, Classification classification) {

    public Scored scored(EvaluationPolicy policy, boolean sanctioned) {
        return Scoring.score(policy, scores, totalScore, classification, sanctioned);
    }
}
