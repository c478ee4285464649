package vn.cadres.evaluation.rotations;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.ProvinceCode;
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
import vn.cadres.platform.projections.LookupIndexes;
import vn.cadres.platform.projections.VersionedDocuments;

/**
 * The rotations (luân chuyển) of rotation-service, fed from {@code rotation.events}, so that
 * evaluations can be placed before, during or after a cadre's rotation without calling that
 * service.
 */
@Component
@ProcessingGroup(KnownRotations.PROCESSOR)
public class KnownRotations {

    public static final String PROCESSOR = "rotation-view";
    static final String COLLECTION = "known_rotations";

    private final VersionedDocuments rotations;

    KnownRotations(MongoDatabase database) {
        this.rotations = new VersionedDocuments(database.getCollection(COLLECTION));
        LookupIndexes.on(rotations.collection(), "cadreId");
    }

    @EventHandler
    void on(RotationFact event, @SequenceNumber long sequence) {
        rotations.apply(event.rotationId(), sequence, rotation -> applied(rotation, event));
    }

    private static Document applied(Document rotation, RotationFact event) {
        return switch (event) {
            case RotationProposed e -> rotation
                    .append("cadreId", e.cadreId())
                    .append("province", e.province().value())
                    .append("plannedStart", e.plannedStart().toString())
                    .append("plannedEnd", e.plannedEnd().toString());
            case CadreRotated e -> rotation.append("actualStart", e.effectiveDate().toString());
            case RotationExtended e -> rotation.append("plannedEnd", e.plannedEnd().toString());
            case RotationCompleted e -> rotation.append("actualEnd", e.effectiveDate().toString());
            case RotationEndedEarly e -> rotation.append("actualEnd", e.effectiveDate().toString());
            case RotationCancelled e -> rotation.append("cancelled", true);
            // Approval, the overdue sweep and the placement move neither the dates nor the cancellation.
            case RotationApproved e -> rotation;
            case RotationOverdue e -> rotation;
            case CadrePlacedAfterRotation e -> rotation;
        };
    }

    /** The cadre's rotations that were not cancelled, earliest start first. */
    public List<KnownRotation> ofCadre(String cadreId) {
        List<KnownRotation> found = new ArrayList<>();
        for (Document d : rotations.collection().find(and(eq("cadreId", cadreId), ne("cancelled", true)))
                .sort(Sorts.ascending("plannedStart"))) {
            found.add(new KnownRotation(d.getString("_id"), d.getString("cadreId"),
                    ProvinceCode.of(d.getString("province")), date(d, "actualStart", "plannedStart"),
                    date(d, "actualEnd", "plannedEnd"),
                    d.getString("actualStart") != null && d.getString("actualEnd") == null));
        }
        return found;
    }

    private static LocalDate date(Document d, String actual, String planned) {
        return LocalDate.parse(d.getString(d.getString(actual) != null ? actual : planned));
    }

    @ResetHandler
    void reset() {
        rotations.collection().deleteMany(new Document()); // keeps the index
    }
}
