package vn.cadres.contracts;

import java.util.List;
import vn.cadres.contracts.cadre.CadreAppointed;
import vn.cadres.contracts.cadre.CadreAppointmentEnded;
import vn.cadres.contracts.cadre.CadreDied;
import vn.cadres.contracts.cadre.CadreProfileCorrected;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.contracts.cadre.CadreRetired;
import vn.cadres.contracts.cadre.DisciplineRecorded;
import vn.cadres.contracts.cadre.QualificationRecorded;
import vn.cadres.contracts.evaluation.EvaluationAmended;
import vn.cadres.contracts.evaluation.EvaluationDecided;
import vn.cadres.contracts.evaluation.EvaluationPhaseChanged;
import vn.cadres.contracts.evaluation.EvaluationRecorded;
import vn.cadres.contracts.evaluation.EvaluationVerified;
import vn.cadres.contracts.planning.CadrePlanned;
import vn.cadres.contracts.planning.CadreRemovedFromPlan;
import vn.cadres.contracts.rotation.CadrePlacedAfterRotation;
import vn.cadres.contracts.rotation.CadreRotated;
import vn.cadres.contracts.rotation.RotationApproved;
import vn.cadres.contracts.rotation.RotationCancelled;
import vn.cadres.contracts.rotation.RotationCompleted;
import vn.cadres.contracts.rotation.RotationEndedEarly;
import vn.cadres.contracts.rotation.RotationExtended;
import vn.cadres.contracts.rotation.RotationOverdue;
import vn.cadres.contracts.rotation.RotationProposed;
import vn.cadres.contracts.unit.UnitDissolved;
import vn.cadres.contracts.unit.UnitEstablished;
import vn.cadres.contracts.unit.UnitMerged;
import vn.cadres.contracts.unit.UnitRenamed;

/**
 * Every event of the published language, listed once so that stores and consumers can map wire
 * names to classes without scanning the classpath. A test fails when an {@link EventType} is missing.
 */
public final class PublishedEvents {

    public static final List<Class<? extends DomainEvent>> ALL = List.of(
            CadreRegistered.class,
            CadreProfileCorrected.class,
            QualificationRecorded.class,
            DisciplineRecorded.class,
            CadreRetired.class,
            CadreDied.class,
            CadreAppointed.class,
            CadreAppointmentEnded.class,
            RotationProposed.class,
            RotationApproved.class,
            CadreRotated.class,
            RotationExtended.class,
            RotationCompleted.class,
            RotationEndedEarly.class,
            RotationCancelled.class,
            CadrePlacedAfterRotation.class,
            RotationOverdue.class,
            EvaluationRecorded.class,
            EvaluationVerified.class,
            EvaluationDecided.class,
            EvaluationAmended.class,
            EvaluationPhaseChanged.class,
            CadrePlanned.class,
            CadreRemovedFromPlan.class,
            UnitEstablished.class,
            UnitRenamed.class,
            UnitMerged.class,
            UnitDissolved.class);

    private PublishedEvents() {
    }
}
