package vn.cadres.reporting.programme;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.evaluation.EvaluationAmended;
import vn.cadres.contracts.evaluation.EvaluationDecided;
import vn.cadres.contracts.evaluation.EvaluationFact;
import vn.cadres.contracts.evaluation.EvaluationPhaseChanged;
import vn.cadres.contracts.evaluation.EvaluationRecorded;
import vn.cadres.contracts.evaluation.EvaluationVerified;
import vn.cadres.contracts.rotation.CadrePlacedAfterRotation;
import vn.cadres.contracts.rotation.CadreRotated;
import vn.cadres.contracts.rotation.RotationApproved;
import vn.cadres.contracts.rotation.RotationCancelled;
import vn.cadres.contracts.rotation.RotationCompleted;
import vn.cadres.contracts.rotation.RotationEndedEarly;
import vn.cadres.contracts.rotation.RotationExtended;
import vn.cadres.contracts.rotation.RotationFact;
import vn.cadres.contracts.rotation.RotationOverdue;
import vn.cadres.contracts.rotation.RotationProposed;
import vn.cadres.contracts.rotation.RuleFlag;
import vn.cadres.platform.projections.ReadModels;
import vn.cadres.platform.projections.VersionedDocuments;

/**
 * The rotation programme as the Standing Committee reads it, fed from {@code rotation.events} and
 * {@code evaluation.events}: one document per rotation (who, from where to where, direction, term,
 * status, flags) and one per evaluation (its phase against a rotation, and the class decided), from
 * which the statistics and each rotation's before / during / after assessment are read. Idempotent
 * by record sequence, so redelivery and replay change nothing twice; phases are those the evaluation
 * records derive from effective dates, so back-filled history lands in the right phase.
 */
@Component
@ProcessingGroup(ProgrammeProjection.GROUP)
class ProgrammeProjection {

    static final String GROUP = "programme";
    static final String ROTATIONS = "programme_rotations";
    static final String EVALUATIONS = "programme_evaluations";
    /** When the term began, or, not begun, is planned to: the rotations table's default order. */
    static final String START = "start";

    private final VersionedDocuments rotations;
    private final VersionedDocuments evaluations;

    ProgrammeProjection(ReadModels readModels) {
        this.rotations = new VersionedDocuments(readModels.writing(GROUP, ROTATIONS, "province", START, "cadreId"));
        this.evaluations = new VersionedDocuments(readModels.writing(GROUP, EVALUATIONS, "rotationId"));
    }

    @EventHandler
    void on(RotationFact event, @SequenceNumber long sequence) {
        rotations.apply(event.rotationId(), sequence, rotation -> rotated(rotation, event));
    }

    @EventHandler
    void on(EvaluationFact event, @SequenceNumber long sequence) {
        evaluations.apply(event.evaluationId(), sequence, evaluation -> evaluated(evaluation, event));
    }

    @ResetHandler
    void reset() {
        rotations.collection().deleteMany(new Document()); // keeps the indexes
        evaluations.collection().deleteMany(new Document());
    }

    private static Document rotated(Document rotation, RotationFact event) {
        return switch (event) {
            case RotationProposed e -> flagged(rotation
                    .append("cadreId", e.cadreId())
                    .append("province", e.province().value())
                    .append("kind", e.kind() == null ? "ROTATION" : e.kind().name())
                    .append("fromUnitId", e.from() == null ? null : e.from().unitId())
                    .append("fromPost", e.from() == null ? null : e.from().post())
                    .append("toUnitId", e.to() == null ? null : e.to().unitId())
                    .append("toPost", e.to() == null ? null : e.to().post())
                    .append("movement", e.direction() == null ? null : e.direction().movement().name())
                    .append("fromLevel", e.direction() == null ? null : e.direction().fromLevel().name())
                    .append("toLevel", e.direction() == null ? null : e.direction().toLevel().name())
                    .append("fromBloc", e.direction() == null ? null : e.direction().fromBloc().name())
                    .append("toBloc", e.direction() == null ? null : e.direction().toBloc().name())
                    .append("crossesBlocs", e.direction() != null && e.direction().crossesBlocs())
                    .append("proposedOn", e.effectiveDate().toString())
                    .append("plannedStart", e.plannedStart().toString())
                    .append(START, e.plannedStart().toString())
                    .append("plannedEnd", e.plannedEnd().toString())
                    .append("status", "PROPOSED")
                    .append("flags", new ArrayList<String>()), e.flags());
            case RotationApproved e -> rotation.append("status", "APPROVED")
                    .append("decision", e.decision() == null ? null : e.decision().number());
            case CadreRotated e -> flagged(rotation.append("status", "ACTIVE")
                    .append("actualStart", e.effectiveDate().toString())
                    .append(START, e.effectiveDate().toString()), e.flags());
            case RotationExtended e -> rotation.append("plannedEnd", e.plannedEnd().toString())
                    .append("overdueSince", null);
            case RotationCompleted e -> rotation.append("status", "COMPLETED")
                    .append("actualEnd", e.effectiveDate().toString()).append("termMonths", e.termMonths())
                    .append("overdueSince", null);
            case RotationEndedEarly e -> flagged(rotation.append("status", "ENDED_EARLY")
                    .append("actualEnd", e.effectiveDate().toString()).append("termMonths", e.termMonths())
                    .append("endReason", e.reason()).append("overdueSince", null), e.flags());
            case RotationCancelled e -> rotation.append("status", "CANCELLED").append("endReason", e.reason());
            case RotationOverdue e -> rotation.append("overdueSince", e.effectiveDate().toString());
            case CadrePlacedAfterRotation e -> rotation.append("placement", e.outcome().name())
                    .append("placedUnitId", e.placedAt().unitId()).append("placedPost", e.placedAt().post());
        };
    }

    private static Document flagged(Document rotation, List<RuleFlag> flags) {
        List<String> rules = new ArrayList<>(rotation.getList("flags", String.class, List.of()));
        flags.forEach(flag -> rules.add(flag.rule().name()));
        return rotation.append("flags", rules);
    }

    private static Document evaluated(Document evaluation, EvaluationFact event) {
        return switch (event) {
            case EvaluationRecorded e -> evaluation
                    .append("cadreId", e.cadreId())
                    .append("province", e.province().value())
                    .append("periodStart", e.periodStart().toString())
                    .append("periodEnd", e.periodEnd().toString())
                    .append("evaluatorRole", e.evaluatorRole() == null ? null : e.evaluatorRole().name())
                    .append("unitId", e.evaluatingUnitId())
                    .append("rotationId", e.rotationId())
                    .append("phase", e.phase() == null ? "NONE" : e.phase().name())
                    .append("status", "SELF_ASSESSED")
                    .append("indicators", e.indicators().stream().map(i -> new Document("name", i.name())
                            .append("unit", i.unit()).append("value", i.value().toPlainString())).toList());
            case EvaluationVerified e -> evaluation.append("status", "VERIFIED");
            case EvaluationDecided e -> evaluation.append("status", "DECIDED")
                    .append("totalScore", e.totalScore()).append("classification", e.classification().name())
                    .append("decidedOn", e.effectiveDate().toString());
            case EvaluationAmended e -> evaluation.append("totalScore", e.totalScore())
                    .append("classification", e.classification().name());
            case EvaluationPhaseChanged e -> evaluation.append("rotationId", e.rotationId())
                    .append("phase", e.phase().name());
        };
    }
}
