package vn.cadres.reporting.roster;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.platform.projections.VersionedDocuments;

/**
 * The roster of cadres under each province's management (danh sách cán bộ), one document per
 * cadre, fed from {@code cadre.events}.
 */
@Component
@ProcessingGroup(CadreRosterProjection.PROCESSOR)
class CadreRosterProjection {

    static final String PROCESSOR = "cadre-roster";
    static final String COLLECTION = "cadre_roster";

    private final VersionedDocuments roster;

    CadreRosterProjection(MongoDatabase database) {
        this.roster = new VersionedDocuments(database.getCollection(COLLECTION));
    }

    @EventHandler
    void on(CadreRegistered event, @SequenceNumber long sequence) {
        roster.apply(event.cadreId(), sequence, cadre -> cadre
                .append("fullName", event.fullName())
                .append("gender", event.gender().name())
                .append("birthDate", event.birthDate().toString())
                .append("province", event.managingProvince().value())
                .append("managedSince", event.effectiveDate().toString()));
    }

    @ResetHandler
    void reset() {
        roster.collection().drop();
    }
}
