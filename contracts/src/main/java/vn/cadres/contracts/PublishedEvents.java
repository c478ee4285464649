package vn.cadres.contracts;

import java.util.List;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.contracts.evaluation.EvaluationRecorded;
import vn.cadres.contracts.rotation.RotationProposed;

/**
 * Every event of the published language, listed once so that stores and consumers can map wire
 * names to classes without scanning the classpath. A test fails when an {@link EventType} is missing.
 */
public final class PublishedEvents {

    public static final List<Class<? extends DomainEvent>> ALL = List.of(
            CadreRegistered.class,
            RotationProposed.class,
            EvaluationRecorded.class);

    private PublishedEvents() {
    }
}
