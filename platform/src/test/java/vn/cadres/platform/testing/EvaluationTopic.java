package vn.cadres.platform.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.Topics;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.contracts.evaluation.Classification;
import vn.cadres.contracts.evaluation.EvaluationDecided;
import vn.cadres.contracts.evaluation.EvaluationPhase;
import vn.cadres.contracts.evaluation.EvaluationPhaseChanged;
import vn.cadres.contracts.evaluation.EvaluationRecorded;
import vn.cadres.contracts.evaluation.EvaluatorRole;
import vn.cadres.contracts.evaluation.UnitIndicator;

/** What evaluation-service publishes on {@code evaluation.events}, written straight to the test broker. */
public final class EvaluationTopic {

    private static final Map<String, Integer> SCORES = Map.of("TASK_RESULTS", 50);

    private final ProvinceCode province;
    private final String cadreId;
    private final LocalDate periodEnd;
    private final int partition;
    private EventEnvelope last;

    private EvaluationTopic(ProvinceCode province, String cadreId, LocalDate periodEnd, EventEnvelope recorded,
                            int partition) {
        this.province = province;
        this.cadreId = cadreId;
        this.periodEnd = periodEnd;
        this.last = recorded;
        this.partition = partition;
    }

    /** An evaluation of the cadre for a period, placed against a rotation (or none), with the unit's indicators. */
    public static EvaluationTopic recorded(ProvinceCode province, String cadreId, LocalDate periodStart,
                                           LocalDate periodEnd, String rotationId, EvaluationPhase phase, int total,
                                           Classification classification, List<UnitIndicator> indicators) {
        return recorded(province, cadreId, EvaluatorRole.DECIDING_LEVEL, periodStart, periodEnd, rotationId, phase,
                total, classification, indicators);
    }

    /** The same, by the evaluator in {@code role}: the sending unit, the receiving unit or the deciding level. */
    public static EvaluationTopic recorded(ProvinceCode province, String cadreId, EvaluatorRole role,
                                           LocalDate periodStart, LocalDate periodEnd, String rotationId,
                                           EvaluationPhase phase, int total, Classification classification,
                                           List<UnitIndicator> indicators) {
        EventEnvelope recorded = recordedEvent(province, cadreId, role, periodStart, periodEnd, rotationId, phase,
                total, classification, indicators);
        return new EvaluationTopic(province, cadreId, periodEnd, recorded,
                TopicWriter.publish(Topics.EVALUATION_EVENTS, recorded));
    }

    /**
     * The same, published on {@code partition} of the topic with its later events: a consumer reads
     * it only after what was published there before ({@link #partition()} of another evaluation).
     */
    public static EvaluationTopic recordedOn(int partition, ProvinceCode province, String cadreId,
                                             LocalDate periodStart, LocalDate periodEnd, int total,
                                             Classification classification) {
        EventEnvelope recorded = recordedEvent(province, cadreId, EvaluatorRole.DECIDING_LEVEL, periodStart, periodEnd,
                null, EvaluationPhase.NONE, total, classification, List.of());
        TopicWriter.publish(Topics.EVALUATION_EVENTS, recorded, partition);
        return new EvaluationTopic(province, cadreId, periodEnd, recorded, partition);
    }

    private static EventEnvelope recordedEvent(ProvinceCode province, String cadreId, EvaluatorRole role,
                                               LocalDate periodStart, LocalDate periodEnd, String rotationId,
                                               EvaluationPhase phase, int total, Classification classification,
                                               List<UnitIndicator> indicators) {
        String evaluationId = UUID.randomUUID().toString();
        return TopicWriter.firstEventOf("Evaluation", evaluationId, new EvaluationRecorded(evaluationId, cadreId,
                province, periodStart, periodEnd, "u-evaluating", role, "Lãnh đạo, quản lý",
                SCORES, total, classification, false, indicators, rotationId, phase, periodEnd));
    }

    /** The partition of the topic the evaluation's events are on. */
    public int partition() {
        return partition;
    }

    public String id() {
        return last.aggregateId();
    }

    /** Decided with the class it was recorded with. */
    public EvaluationTopic decided(int total, Classification classification) {
        last = TopicWriter.nextEventOf(last, new EvaluationDecided(id(), cadreId, province, SCORES, total,
                classification, new Decision("1-QĐ", periodEnd.plusDays(20), "Ban Thường vụ"), periodEnd.plusDays(20)));
        TopicWriter.publish(Topics.EVALUATION_EVENTS, last, partition);
        return this;
    }

    /** Placed against another rotation or phase, as a back-filled rotation makes evaluation-service do. */
    public EvaluationTopic phaseChanged(String previousRotationId, EvaluationPhase previousPhase, String rotationId,
                                       EvaluationPhase phase) {
        last = TopicWriter.nextEventOf(last, new EvaluationPhaseChanged(id(), cadreId, province, previousRotationId,
                previousPhase, rotationId, phase, periodEnd));
        TopicWriter.publish(Topics.EVALUATION_EVENTS, last, partition);
        return this;
    }
}
