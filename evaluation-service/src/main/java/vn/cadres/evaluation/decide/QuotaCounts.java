package vn.cadres.evaluation.decide;

import java.util.Map;
import vn.cadres.contracts.evaluation.Classification;
import vn.cadres.evaluation.scoring.EvaluationPolicy;
import vn.cadres.platform.domain.RuleViolation;

/**
 * The evaluations of one unit, group and year decided excellent and good, not counting the one
 * being decided: the quota of Quy định 124/366 counts within them.
 *
 * @param key the unit, group and year, as the ledger names them
 */
public record QuotaCounts(String key, int excellent, int good) {

    /**
     * @param next     the class this decision gives
     * @param previous the class it replaces (an amendment), or null
     * @throws RuleViolation (409, {@code evaluation-quota-exceeded}, naming the counts) when, with this
     *                       decision, more would be excellent than the policy's share of good, and
     *                       this decision is one that adds an excellent or takes away a good
     */
    public void requireRoomFor(Classification next, Classification previous, EvaluationPolicy policy) {
        int excellentAfter = excellent + (next == Classification.EXCELLENT ? 1 : 0);
        int goodAfter = good + (next == Classification.GOOD ? 1 : 0);
        boolean tightens = next == Classification.EXCELLENT
                || (previous == Classification.GOOD && next != Classification.GOOD);
        int percent = policy.excellentPercentOfGood();
        if (tightens && excellentAfter * 100 > percent * goodAfter) {
            int allowed = percent * goodAfter / 100;
            throw new RuleViolation("evaluation-quota-exceeded", "in " + key + " this decision would make "
                    + excellentAfter + " excellent against " + goodAfter + " good; at most " + percent
                    + "% of good, " + allowed + ", may be excellent", Map.of("quotaOf", key,
                    "excellent", excellentAfter, "good", goodAfter, "maxExcellent", allowed));
        }
    }
}
