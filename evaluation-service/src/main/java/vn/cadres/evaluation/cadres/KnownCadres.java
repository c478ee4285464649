package vn.cadres.evaluation.cadres;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.CadreProfileCorrected;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.contracts.cadre.DisciplineRecorded;
import vn.cadres.platform.domain.NotFoundException;
import vn.cadres.platform.projections.VersionedDocuments;

/**
 * The cadres registered at cadre-service, fed from {@code cadre.events}: an evaluation is recorded
 * only for a known cadre, by the office of the province that manages them, and a disciplinary
 * sanction in the evaluated period decides its class.
 */
@Component
@ProcessingGroup(KnownCadres.PROCESSOR)
public class KnownCadres {

    public static final String PROCESSOR = "cadre-view";
    static final String COLLECTION = "known_cadres";

    private final VersionedDocuments cadres;

    KnownCadres(MongoDatabase database) {
        this.cadres = new VersionedDocuments(database.getCollection(COLLECTION));
    }

    @EventHandler
    void on(CadreRegistered event, @SequenceNumber long sequence) {
        cadres.apply(event.cadreId(), sequence, cadre -> cadre
                .append("province", event.managingProvince().value())
                .append("fullName", event.fullName())
                .append("sanctions", List.of()));
    }

    @EventHandler
    void on(CadreProfileCorrected event, @SequenceNumber long sequence) {
        cadres.apply(event.cadreId(), sequence, cadre -> "fullName".equals(event.field())
                ? cadre.append("fullName", event.newValue()) : cadre);
    }

    @EventHandler
    void on(DisciplineRecorded event, @SequenceNumber long sequence) {
        cadres.apply(event.cadreId(), sequence, cadre -> {
            List<String> sanctions = new ArrayList<>(cadre.getList("sanctions", String.class, List.of()));
            sanctions.add(event.effectiveDate().toString());
            return cadre.append("sanctions", sanctions);
        });
    }

    @ResetHandler
    void reset() {
        cadres.collection().drop();
    }

    public Optional<KnownCadre> find(String cadreId) {
        return Optional.ofNullable(cadres.collection().find(eq("_id", cadreId)).first()).map(d -> new KnownCadre(
                d.getString("_id"), ProvinceCode.of(d.getString("province")), d.getString("fullName"),
                d.getList("sanctions", String.class, List.of()).stream().map(LocalDate::parse).toList()));
    }

    /** @throws NotFoundException (404) when cadre-service's topic has not told this service of the cadre */
    public KnownCadre get(String cadreId) {
        return find(cadreId).orElseThrow(() -> new NotFoundException("cadre", cadreId));
    }
}
