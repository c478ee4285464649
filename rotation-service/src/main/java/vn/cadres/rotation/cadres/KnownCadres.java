package vn.cadres.rotation.cadres;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoDatabase;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.platform.projections.VersionedDocuments;

/**
 * The cadres (cán bộ) registered at cadre-service, fed from {@code cadre.events}: a rotation is
 * proposed only for a cadre that exists, by the office of the province that manages them.
 * Services never call each other, so this local copy is how rotation-service knows.
 */
@Component
@ProcessingGroup(KnownCadres.PROCESSOR)
public class KnownCadres {

    static final String PROCESSOR = "cadre-view";
    public static final String COLLECTION = "known_cadres";

    private final VersionedDocuments cadres;

    KnownCadres(MongoDatabase database) {
        this.cadres = new VersionedDocuments(database.getCollection(COLLECTION));
    }

    @EventHandler
    void on(CadreRegistered event, @SequenceNumber long sequence) {
        cadres.apply(event.cadreId(), sequence, cadre -> cadre
                .append("province", event.managingProvince().value())
                .append("fullName", event.fullName()));
    }

    public Optional<KnownCadre> find(String cadreId) {
        Document cadre = cadres.collection().find(eq("_id", cadreId)).first();
        return Optional.ofNullable(cadre).map(d -> new KnownCadre(d.getString("_id"),
                ProvinceCode.of(d.getString("province")), d.getString("fullName")));
    }

    @ResetHandler
    void reset() {
        cadres.collection().drop();
    }
}
