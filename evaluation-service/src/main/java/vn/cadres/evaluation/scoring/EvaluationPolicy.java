package vn.cadres.evaluation.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How evaluations are scored and bounded under Quy định 366-QĐ/TW (2025), as this deployment sets it
 * ({@code cadres.evaluation.*}): configuration rather than code, because the Central Committee
 * changes criteria, bands and quotas between regulations.
 *
 * @param criteria                 the criteria scored, each with its share of the 100 points
 * @param bands                    the lowest total of each class above "not completed"
 * @param excellentPercentOfGood   within one unit, group and year, the number decided excellent may
 *                                 not exceed this percentage of the number decided good (20)
 * @param phaseWindowMonths        how far before a rotation's start, or after its end, an evaluated
 *                                 period may end and still count as before or after it (24)
 */
@ConfigurationProperties("cadres.evaluation")
public record EvaluationPolicy(
        List<Criterion> criteria,
        @DefaultValue Bands bands,
        @DefaultValue("20") int excellentPercentOfGood,
        @DefaultValue("24") int phaseWindowMonths) {

    /**
     * @param code     the criterion's name in requests and events ({@code TASK_RESULTS})
     * @param name     its name as offices read it ("Kết quả thực hiện chức trách, nhiệm vụ")
     * @param maxScore the most points it gives
     */
    public record Criterion(String code, String name, int maxScore) {
    }

    /** Excellent from 90, good from 70, completed from 50, not completed below. */
    public record Bands(@DefaultValue("90") int excellent, @DefaultValue("70") int good,
                        @DefaultValue("50") int completed) {
    }

    /**
     * The default criteria: the four groups Quy định 366 scores, weighted as this project's
     * default; a deployment lists its own.
     */
    public static final List<Criterion> DEFAULT_CRITERIA = List.of(
            new Criterion("POLITICAL_QUALITY", "Phẩm chất chính trị, đạo đức, lối sống", 20),
            new Criterion("COMPETENCE", "Năng lực, uy tín lãnh đạo, quản lý", 15),
            new Criterion("TASK_RESULTS", "Kết quả thực hiện chức trách, nhiệm vụ", 55),
            new Criterion("REPUTATION", "Tín nhiệm, trách nhiệm nêu gương", 10));

    public EvaluationPolicy {
        criteria = criteria == null || criteria.isEmpty() ? DEFAULT_CRITERIA : List.copyOf(criteria);
        int points = criteria.stream().mapToInt(Criterion::maxScore).sum();
        if (points != 100) {
            throw new IllegalArgumentException("cadres.evaluation.criteria give " + points + " points, not 100");
        }
        if (!(bands.excellent() > bands.good() && bands.good() > bands.completed() && bands.completed() > 0)) {
            throw new IllegalArgumentException("cadres.evaluation.bands must fall: excellent > good > completed > 0");
        }
    }

    public static EvaluationPolicy defaults() {
        return new EvaluationPolicy(DEFAULT_CRITERIA, new Bands(90, 70, 50), 20, 24);
    }

    /** The criteria by code, in configured order. */
    public Map<String, Criterion> criteriaByCode() {
        Map<String, Criterion> byCode = new LinkedHashMap<>();
        criteria.forEach(criterion -> byCode.put(criterion.code(), criterion));
        return byCode;
    }
}
