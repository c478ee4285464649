package vn.cadres.rotation.view;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.rotation.RotationFact;
import vn.cadres.platform.eventstore.EventCodec;
import vn.cadres.platform.projections.LookupIndexes;
import vn.cadres.platform.projections.StateDocuments;
import vn.cadres.rotation.RotationState;
import vn.cadres.rotation.RotationStatus;

/**
 * The rotations read model: one document per rotation, the {@link RotationState} its events fold
 * into, fed from this service's own store. Lists of a cadre's or a province's rotations, the other
 * rotations a rule checks ({@link OtherRotations}), and the daily overdue deadline read it.
 */
@Component
@ProcessingGroup(Rotations.PROCESSOR)
public class Rotations {

    static final String PROCESSOR = "rotations";
    static final String COLLECTION = "rotations";
    private final StateDocuments<RotationState> rotations;

    Rotations(MongoDatabase database, EventCodec codec) {
        this.rotations = new StateDocuments<>(database.getCollection(COLLECTION), codec.mapper(), RotationState.class);
        LookupIndexes.on(rotations.collection(), "cadreId", "province", "status");
    }

    @EventHandler
    void on(RotationFact event, @SequenceNumber long sequence) {
        rotations.apply(event.rotationId(), sequence, rotation -> rotation.apply(event));
    }

    @ResetHandler
    void reset() {
        rotations.collection().deleteMany(new Document()); // keeps the indexes
    }

    /** The cadre's rotations, earliest planned start first. */
    public List<RotationState> ofCadre(String cadreId) {
        return find(eq("cadreId", cadreId));
    }

    /** A province\'s rotations, of one status if given. */
    public List<RotationState> ofProvince(ProvinceCode province, RotationStatus status) {
        List<Bson> filters = new ArrayList<>(List.of(eq("province", province.value())));
        if (status != null) {
            filters.add(eq("status", status.name()));
        }
        return find(and(filters));
    }

    /**
     * A province's rotations running past their planned end on {@code today}, whether or not the
     * daily deadline has flagged them yet (see {@link RotationState#overdueOn}).
     */
    public List<RotationState> overdueOfProvince(ProvinceCode province, LocalDate today) {
        return find(and(eq("province", province.value()), eq("status", RotationStatus.ACTIVE.name()),
                lt("plannedEnd", today.toString())));
    }

    /** Running rotations whose planned end is before {@code today} and that are not yet flagged overdue. */
    public List<RotationState> pastPlannedEnd(LocalDate today) {
        return find(and(eq("status", RotationStatus.ACTIVE.name()), lt("plannedEnd", today.toString()),
                eq("overdueSince", null)));
    }

    private List<RotationState> find(Bson filter) {
        return rotations.find(filter, "plannedStart");
    }
}
