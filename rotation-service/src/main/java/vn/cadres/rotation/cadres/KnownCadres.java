package vn.cadres.rotation.cadres;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.CadreDied;
import vn.cadres.contracts.cadre.CadreProfileCorrected;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.contracts.cadre.CadreRetired;
import vn.cadres.contracts.planning.CadrePlanned;
import vn.cadres.contracts.planning.CadreRemovedFromPlan;
import vn.cadres.platform.domain.NotFoundException;
import vn.cadres.platform.projections.VersionedDocuments;
import vn.cadres.rotation.cadres.KnownCadre.KnownPlan;

/**
 * The cadres (cán bộ) registered at cadre-service, fed from {@code cadre.events}: who manages them,
 * where they come from, their succession plans and whether they still serve. Services never call
 * each other, so this local copy is how rotation-service checks the rules of Quy định 65.
 */
@Component
@ProcessingGroup(KnownCadres.PROCESSOR)
public class KnownCadres {

    public static final String PROCESSOR = "cadre-view";
    public static final String COLLECTION = "known_cadres";
    /** The profile fields the rotation rules read; corrections of other fields change nothing here. */
    private static final Set<String> TRACKED = Set.of("fullName", "gender", "birthDate", "homeProvince",
            "homeCommune");

    private final VersionedDocuments cadres;

    KnownCadres(MongoDatabase database) {
        this.cadres = new VersionedDocuments(database.getCollection(COLLECTION));
    }

    @EventHandler
    void on(CadreRegistered event, @SequenceNumber long sequence) {
        cadres.apply(event.cadreId(), sequence, cadre -> cadre
                .append("province", event.managingProvince().value())
                .append("fullName", event.fullName())
                .append("gender", text(event.gender()))
                .append("birthDate", text(event.birthDate()))
                .append("homeProvince", text(event.homeProvince()))
                .append("homeCommune", event.homeCommune())
                .append("plans", List.of()));
    }

    @EventHandler
    void on(CadreProfileCorrected event, @SequenceNumber long sequence) {
        cadres.apply(event.cadreId(), sequence, cadre -> TRACKED.contains(event.field())
                ? cadre.append(event.field(), event.newValue()) : cadre);
    }

    @EventHandler
    void on(CadreRetired event, @SequenceNumber long sequence) {
        cadres.apply(event.cadreId(), sequence, cadre -> cadre.append("retiredOn", text(event.effectiveDate())));
    }

    @EventHandler
    void on(CadreDied event, @SequenceNumber long sequence) {
        cadres.apply(event.cadreId(), sequence, cadre -> cadre.append("diedOn", text(event.effectiveDate())));
    }

    @EventHandler
    void on(CadrePlanned event, @SequenceNumber long sequence) {
        cadres.apply(event.cadreId(), sequence, cadre -> {
            List<Document> plans = new ArrayList<>(cadre.getList("plans", Document.class, List.of()));
            plans.add(new Document("unitId", event.unitId()).append("post", event.post())
                    .append("plannedOn", text(event.effectiveDate())));
            return cadre.append("plans", plans);
        });
    }

    @EventHandler
    void on(CadreRemovedFromPlan event, @SequenceNumber long sequence) {
        cadres.apply(event.cadreId(), sequence, cadre -> {
            List<Document> plans = new ArrayList<>(cadre.getList("plans", Document.class, List.of()));
            plans.stream().filter(plan -> plan.get("removedOn") == null
                            && event.unitId().equals(plan.getString("unitId")) && event.post().equals(plan.getString("post")))
                    .forEach(plan -> plan.append("removedOn", text(event.effectiveDate())));
            return cadre.append("plans", plans);
        });
    }

    @ResetHandler
    void reset() {
        cadres.collection().drop();
    }

    public Optional<KnownCadre> find(String cadreId) {
        return Optional.ofNullable(cadres.collection().find(eq("_id", cadreId)).first()).map(KnownCadres::cadre);
    }

    /** The names of cadres, by id, read in one query. */
    public Map<String, String> names(Collection<String> cadreIds) {
        Map<String, String> names = new HashMap<>();
        cadres.collection().find(in("_id", cadreIds)).forEach(d -> names.put(d.getString("_id"),
                d.getString("fullName")));
        return names;
    }

    /** @throws NotFoundException (404) when cadre-service's topic has not told this service of the cadre */
    public KnownCadre get(String cadreId) {
        return find(cadreId).orElseThrow(() -> new NotFoundException("cadre", cadreId));
    }

    private static KnownCadre cadre(Document d) {
        List<KnownPlan> plans = d.getList("plans", Document.class, List.of()).stream()
                .map(p -> new KnownPlan(p.getString("unitId"), p.getString("post"), date(p, "plannedOn"),
                        date(p, "removedOn"))).toList();
        return new KnownCadre(d.getString("_id"), ProvinceCode.of(d.getString("province")), d.getString("fullName"),
                d.getString("gender") == null ? null : Gender.valueOf(d.getString("gender")), date(d, "birthDate"),
                d.getString("homeProvince") == null ? null : ProvinceCode.of(d.getString("homeProvince")),
                d.getString("homeCommune"), plans, date(d, "retiredOn"), date(d, "diedOn"));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static LocalDate date(Document d, String field) {
        return d.getString(field) == null ? null : LocalDate.parse(d.getString(field));
    }
}
