package vn.cadres.evaluation.rotations;

import static com.mongodb.client.model.Filters.eq;

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
import vn.cadres.contracts.rotation.RotationProposed;
import vn.cadres.platform.projections.VersionedDocuments;

/**
 * The rotations (luân chuyển) proposed at rotation-service, fed from {@code rotation.events}, so that
 * evaluations can be placed before, during or after a cadre's rotation without calling that service.
 */
@Component
@ProcessingGroup(KnownRotations.PROCESSOR)
public class KnownRotations {

    static final String PROCESSOR = "rotation-view";
    static final String COLLECTION = "known_rotations";

    private final VersionedDocuments rotations;

    KnownRotations(MongoDatabase database) {
        this.rotations = new VersionedDocuments(database.getCollection(COLLECTION));
    }

    @EventHandler
    void on(RotationProposed event, @SequenceNumber long sequence) {
        rotations.apply(event.rotationId(), sequence, rotation -> rotation
                .append("cadreId", event.cadreId())
                .append("province", event.province().value())
                .append("plannedStart", event.plannedStart().toString())
                .append("plannedEnd", event.plannedEnd().toString()));
    }

    /** The cadre's rotations, earliest planned start first. */
    public List<KnownRotation> ofCadre(String cadreId) {
        List<KnownRotation> found = new ArrayList<>();
        for (Document d : rotations.collection().find(eq("cadreId", cadreId)).sort(Sorts.ascending("plannedStart"))) {
            found.add(new KnownRotation(d.getString("_id"), d.getString("cadreId"),
                    ProvinceCode.of(d.getString("province")), LocalDate.parse(d.getString("plannedStart")),
                    LocalDate.parse(d.getString("plannedEnd"))));
        }
        return found;
    }

    @ResetHandler
    void reset() {
        rotations.collection().drop();
    }
}
