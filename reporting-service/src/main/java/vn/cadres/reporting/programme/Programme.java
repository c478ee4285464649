package vn.cadres.reporting.programme;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.projections.ReadModels;
import vn.cadres.platform.time.EffectiveDates;

/**
 * Reads the programme read models: each rotation's before / during / after assessment, and the
 * statistics of a province or the whole country over a period, the figures the articles report.
 */
@Component
public class Programme {

    /** Best class first: a smaller rank is a better class. */
    private static final List<String> CLASSES = List.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED");

    /** The status filter that reads running rotations past their planned end. */
    public static final String OVERDUE = "OVERDUE";
    /**
     * The status filter that reads running rotations whose planned end falls within the next
     * {@value #ENDING_WITHIN_DAYS} days, today included: the terms an office must prepare the end of.
     */
    public static final String ENDING = "ENDING";
    public static final int ENDING_WITHIN_DAYS = 90;

    private final ReadModels readModels;
    private final Clock clock;

    Programme(ReadModels readModels, Clock clock) {
        this.readModels = readModels;
        this.clock = clock;
    }

    private MongoCollection<Document> rotations() {
        return readModels.reading(ProgrammeProjection.ROTATIONS);
    }

    private MongoCollection<Document> evaluations() {
        return readModels.reading(ProgrammeProjection.EVALUATIONS);
    }

    /** A decided evaluation as the assessment shows it. */
    public record Evaluation(String evaluationId, LocalDate periodStart, LocalDate periodEnd, String evaluatorRole,
                             String phase, Integer totalScore, String classification, List<Document> indicators) {
    }

    /** How the class moved between before and after: IMPROVED, HELD or FELL. */
    public record Change(Integer totalScoreChange, String classBefore, String classAfter, String outcome) {
    }

    /** An indicator of the unit measured before and after. */
    public record IndicatorChange(String name, String unit, String before, String after) {
    }

    /**
     * @param before    the evaluation the outcome is measured from: the sending unit's last before the
     *                  start, else the deciding level's; each evaluation names its {@code evaluatorRole},
     *                  which the rotation page shows
     * @param endReview the receiving unit's review of the rotation's last period (the during
     *                  evaluation whose period ends on the rotation's last day), if any
     * @param after     the first evaluation after the rotation
     */
    public record Assessment(Document rotation, Evaluation before, List<Evaluation> during, Evaluation endReview,
                             Evaluation after, Change change, List<IndicatorChange> indicators) {
    }

    public Optional<Document> rotation(String rotationId) {
        String today = today();
        return Optional.ofNullable(rotations().find(eq("_id", rotationId)).first())
                .map(r -> r.append("overdue", overdue(r, today)));
    }

    /**
     * Every rotation of a province (every province when null), each with {@code overdue} as of today:
     * what the statistics count. Tables read pages of them ({@link RotationTable}).
     */
    private List<Document> rotations(ProvinceCode province) {
        String today = today();
        List<Document> found = rotations().find(province == null ? new Document() : eq("province", province.value()))
                .into(new ArrayList<>());
        found.forEach(r -> r.append("overdue", overdue(r, today)));
        return found;
    }

    /**
     * Overdue as read now, not as the daily sweep last recorded it ({@code overdueSince}, from
     * {@code RotationOverdue}): a rotation back-filled as running past its planned end is overdue the
     * moment it is entered, and one extended since the sweep is not.
     */
    static boolean overdue(Document rotation, String today) {
        return "ACTIVE".equals(rotation.getString("status")) && rotation.getString("plannedEnd").compareTo(today) < 0;
    }

    /** Today in Vietnam, as ISO text like the stored dates. */
    private String today() {
        return EffectiveDates.orToday(null, clock).toString();
    }

    public Assessment assessment(Document rotation) {
        return assessments(List.of(rotation)).getFirst();
    }

    /** The assessment of each rotation, reading their decided evaluations in one query. */
    public List<Assessment> assessments(Collection<Document> forRotations) {
        Map<String, List<Evaluation>> byRotation = new HashMap<>();
        List<String> ids = forRotations.stream().map(r -> r.getString("_id")).toList();
        for (Document e : evaluations().find(and(in("rotationId", ids), eq("status", "DECIDED")))) {
            byRotation.computeIfAbsent(e.getString("rotationId"), k -> new ArrayList<>()).add(evaluation(e));
        }
        return forRotations.stream().map(r -> assess(r, byRotation.getOrDefault(r.getString("_id"), List.of())))
                .toList();
    }

    private static Assessment assess(Document rotation, List<Evaluation> decided) {
        List<Evaluation> ordered = decided.stream().sorted(Comparator.comparing(Evaluation::periodEnd)).toList();
        Evaluation before = before(ordered);
        List<Evaluation> during = ordered.stream().filter(e -> e.phase().equals("DURING")).toList();
        String lastDay = rotation.getString("actualEnd");
        Evaluation endReview = lastDay == null ? null : during.stream()
                .filter(e -> e.periodEnd().toString().equals(lastDay)).reduce((a, b) -> b).orElse(null);
        Evaluation after = ordered.stream().filter(e -> e.phase().equals("AFTER")).findFirst().orElse(null);
        Evaluation later = after != null ? after : endReview;
        Evaluation measured = endReview != null && !endReview.indicators().isEmpty() ? endReview : later;
        return new Assessment(rotation, before, during, endReview, after, change(before, later),
                indicators(before, measured));
    }

    /**
     * The evaluation a rotation's outcome is measured from: the sending unit's last decided evaluation
     * before the start, because the sending unit assesses the cadre before the rotation (R10); the
     * deciding level's last one only when the sending unit made none. A deciding level's evaluation
     * of a later period says how the cadre did in the year, not how the sending unit judged them.
     */
    private static Evaluation before(List<Evaluation> ordered) {
        List<Evaluation> before = ordered.stream().filter(e -> e.phase().equals("BEFORE")).toList();
        return lastBy(before, "SENDING_UNIT").or(() -> lastBy(before, "DECIDING_LEVEL")).orElse(null);
    }

    private static Optional<Evaluation> lastBy(List<Evaluation> evaluations, String evaluatorRole) {
        return evaluations.stream().filter(e -> evaluatorRole.equals(e.evaluatorRole())).reduce((a, b) -> b);
    }

    private static Change change(Evaluation before, Evaluation later) {
        if (before == null || later == null) {
            return null;
        }
        int rankBefore = CLASSES.indexOf(before.classification());
        int rankAfter = CLASSES.indexOf(later.classification());
        String outcome = rankAfter < rankBefore ? "IMPROVED" : rankAfter == rankBefore ? "HELD" : "FELL";
        return new Change(later.totalScore() - before.totalScore(), before.classification(), later.classification(),
                outcome);
    }

    /** The unit's indicators at the start and as the rotation's end review (or the first after) measured them. */
    private static List<IndicatorChange> indicators(Evaluation before, Evaluation later) {
        Map<String, IndicatorChange> changes = new LinkedHashMap<>();
        if (before != null) {
            before.indicators().forEach(i -> changes.put(i.getString("name"), new IndicatorChange(i.getString("name"),
                    i.getString("unit"), i.getString("value"), null)));
        }
        if (later != null) {
            later.indicators().forEach(i -> changes.merge(i.getString("name"), new IndicatorChange(i.getString("name"),
                    i.getString("unit"), null, i.getString("value")), (was, now) -> new IndicatorChange(was.name(),
                    was.unit(), was.before(), now.after())));
        }
        return List.copyOf(changes.values());
    }

    private static Evaluation evaluation(Document e) {
        return new Evaluation(e.getString("_id"), LocalDate.parse(e.getString("periodStart")),
                LocalDate.parse(e.getString("periodEnd")), e.getString("evaluatorRole"), e.getString("phase"),
                e.getInteger("totalScore"), e.getString("classification"),
                e.getList("indicators", Document.class, List.of()));
    }

    /**
     * The programme over a period: rotations that started in it (or, not started, were planned to),
     * how many of those planned were cancelled, by kind, direction and bloc crossing, by status and term discipline, with the share of rotated
     * cadres whose class improved, held or fell, and how many distinct units received them.
     *
     * @param province null for the whole country
     */
    public Statistics statistics(ProvinceCode province, LocalDate from, LocalDate to) {
        List<Document> planned = rotations(province).stream()
                .filter(r -> within(start(r), from, to)).toList();
        List<Document> inPeriod = planned.stream().filter(r -> !"CANCELLED".equals(r.getString("status"))).toList();
        List<Document> started = inPeriod.stream().filter(r -> r.getString("actualStart") != null).toList();
        Map<String, Integer> outcomes = new TreeMap<>(Map.of("IMPROVED", 0, "HELD", 0, "FELL", 0, "UNKNOWN", 0));
        assessments(started).forEach(a -> outcomes.merge(a.change() == null ? "UNKNOWN" : a.change().outcome(), 1,
                Integer::sum));
        Map<String, Long> destinations = new TreeMap<>();
        started.stream().filter(r -> r.getString("toLevel") != null)
                .collect(Collectors.groupingBy(r -> r.getString("toLevel"),
                        Collectors.mapping(r -> r.getString("toUnitId"), Collectors.toSet())))
                .forEach((level, units) -> destinations.put(level, (long) units.size()));
        return new Statistics(province == null ? null : province.value(), from, to, started.size(),
                inPeriod.size() - started.size(), planned.size() - inPeriod.size(), count(started, "kind"), count(started, "movement"),
                started.stream().filter(r -> r.getBoolean("crossesBlocs", false)).count(), count(started, "status"),
                started.stream().filter(r -> r.getBoolean("overdue")).count(),
                started.stream().filter(r -> r.getList("flags", String.class, List.of()).contains("ENDED_EARLY"))
                        .count(),
                outcomes, destinations);
    }

    /**
     * @param rotations          rotations that started in the period
     * @param notStarted         proposed or decided, planned to start in it, not started
     * @param cancelled          planned to start in it, cancelled before they started (counted in no other figure)
     * @param crossingBlocs      of the started, how many moved the cadre to another bloc
     * @param overdue            running past their planned end, as of today in Vietnam
     * @param endedBeforeMinimum ended early before the minimum term (R8)
     * @param outcomes           by class before and after: IMPROVED, HELD, FELL, UNKNOWN (not both evaluated)
     * @param destinations       distinct receiving units, by level
     */
    public record Statistics(String province, LocalDate from, LocalDate to, long rotations, long notStarted, long cancelled,
                             Map<String, Long> byKind, Map<String, Long> byMovement, long crossingBlocs,
                             Map<String, Long> byStatus, long overdue, long endedBeforeMinimum,
                             Map<String, Integer> outcomes, Map<String, Long> destinations) {
    }

    private static Map<String, Long> count(List<Document> rotations, String field) {
        Map<String, Long> counts = new TreeMap<>();
        rotations.forEach(r -> counts.merge(String.valueOf(r.getString(field)), 1L, Long::sum));
        return counts;
    }

    private static String start(Document rotation) {
        return rotation.getString("actualStart") != null ? rotation.getString("actualStart")
                : rotation.getString("plannedStart");
    }

    private static boolean within(String date, LocalDate from, LocalDate to) {
        return (from == null || date.compareTo(from.toString()) >= 0) && (to == null || date.compareTo(to.toString()) <= 0);
    }
}
