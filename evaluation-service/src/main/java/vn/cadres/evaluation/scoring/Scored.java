package vn.cadres.evaluation.scoring;

import java.util.Map;
import vn.cadres.contracts.evaluation.Classification;

/**
 * Scores checked against the criteria, with their total and the class they give.
 *
 * @param sanctioned a disciplinary sanction in the period forced the class to not completed
 */
public record Scored(Map<String, Integer> scores, int total, Classification classification, boolean sanctioned) {
}
