package vn.cadres.evaluation.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.cadres.contracts.evaluation.Classification;
import vn.cadres.evaluation.scoring.EvaluationPolicy.Criterion;
import vn.cadres.platform.domain.InvalidField;
import vn.cadres.platform.domain.InvalidInput;

/**
 * Scoring by Quy định 366-QĐ/TW: every configured criterion scored within its points, the total
 * their sum, the class given by the bands, and "not completed" whatever the total when a
 * disciplinary sanction fell in the period. A total or class the office states must agree.
 */
public final class Scoring {

    private Scoring() {
    }

    /**
     * @param claimedTotal          the total the request states, or null
     * @param claimedClassification the class the request states, or null
     * @throws InvalidInput naming {@code scores.CODE}, {@code totalScore} or {@code classification}
     */
    static Scored score(EvaluationPolicy policy, Map<String, Integer> scores, Integer claimedTotal,
                               Classification claimedClassification, boolean sanctioned) {
        Map<String, Criterion> criteria = policy.criteriaByCode();
        List<InvalidField> invalid = new ArrayList<>();
        Map<String, Integer> given = scores == null ? Map.of() : scores;
        criteria.values().forEach(criterion -> {
            Integer score = given.get(criterion.code());
            if (score == null) {
                invalid.add(new InvalidField("scores." + criterion.code(), "is required: " + criterion.name()));
            } else if (score < 0 || score > criterion.maxScore()) {
                invalid.add(new InvalidField("scores." + criterion.code(), "must be from 0 to " + criterion.maxScore()
                        + " points, not " + score));
            }
        });
        given.keySet().stream().filter(code -> !criteria.containsKey(code)).forEach(code -> invalid.add(
                new InvalidField("scores." + code, "is not a criterion; the criteria are " + criteria.keySet())));
        if (!invalid.isEmpty()) {
            throw new InvalidInput(invalid);
        }
        int total = given.values().stream().mapToInt(Integer::intValue).sum();
        if (claimedTotal != null && claimedTotal != total) {
            throw InvalidInput.of("totalScore", "the scores add up to " + total + ", not " + claimedTotal);
        }
        Classification classification = sanctioned ? Classification.NOT_COMPLETED : classOf(policy, total);
        if (claimedClassification != null && claimedClassification != classification) {
            throw InvalidInput.of("classification", "a total of " + total
                    + (sanctioned ? " with a disciplinary sanction in the period" : "") + " is " + classification
                    + ", not " + claimedClassification);
        }
        return new Scored(new TreeMap<>(given), total, classification, sanctioned);
    }

    public static Classification classOf(EvaluationPolicy policy, int total) {
        if (total >= policy.bands().excellent()) {
            return Classification.EXCELLENT;
        }
        if (total >= policy.bands().good()) {
            return Classification.GOOD;
        }
        return total >= policy.bands().completed() ? Classification.COMPLETED : Classification.NOT_COMPLETED;
    }
}
