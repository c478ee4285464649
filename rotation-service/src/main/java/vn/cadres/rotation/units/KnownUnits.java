package vn.cadres.rotation.units;

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
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.contracts.unit.UnitDissolved;
import vn.cadres.contracts.unit.UnitEstablished;
import vn.cadres.contracts.unit.UnitMerged;
import vn.cadres.contracts.unit.UnitRenamed;
import vn.cadres.contracts.unit.UnitTree;
import vn.cadres.platform.domain.InvalidInput;
import vn.cadres.platform.projections.VersionedDocuments;
import vn.cadres.rotation.cadres.KnownCadres;

/**
 * The organisation units (đơn vị) established at cadre-service, fed from {@code cadre.events} in the
 * same processor as the cadres: their level, bloc and locality give a rotation its direction, their
 * key posts and locality tell whether a native would hold a key post.
 */
@Component
@ProcessingGroup(KnownCadres.PROCESSOR)
public class KnownUnits {

    static final String COLLECTION = "known_units";

    private final VersionedDocuments units;

    KnownUnits(MongoDatabase database) {
        this.units = new VersionedDocuments(database.getCollection(COLLECTION));
    }

    @EventHandler
    void on(UnitEstablished event, @SequenceNumber long sequence) {
        units.apply(event.unitId(), sequence, unit -> unit
                .append("name", event.name())
                .append("level", event.level().name())
                .append("bloc", event.bloc().name())
                .append("province", event.province().value())
                .append("locality", event.locality())
                .append("parentUnitId", event.parentUnitId())
                .append("keyPosts", event.keyPosts())
                .append("validFrom", event.effectiveDate().toString()));
    }

    /** The latest name by effective date wins, so a back-filled older rename does not replace a newer one. */
    @EventHandler
    void on(UnitRenamed event, @SequenceNumber long sequence) {
        units.apply(event.unitId(), sequence, unit -> {
            String namedOn = unit.getString("namedOn");
            return namedOn != null && namedOn.compareTo(event.effectiveDate().toString()) > 0 ? unit
                    : unit.append("name", event.name()).append("namedOn", event.effectiveDate().toString());
        });
    }

    @EventHandler
    void on(UnitMerged event, @SequenceNumber long sequence) {
        units.apply(event.unitId(), sequence, unit -> unit.append("validTo", event.effectiveDate().toString()));
    }

    @EventHandler
    void on(UnitDissolved event, @SequenceNumber long sequence) {
        units.apply(event.unitId(), sequence, unit -> unit.append("validTo", event.effectiveDate().toString()));
    }

    @ResetHandler
    void reset() {
        units.collection().drop();
    }

    public Optional<KnownUnit> find(String unitId) {
        return Optional.ofNullable(units.collection().find(eq("_id", unitId)).first()).map(KnownUnits::unit);
    }

    /** The current names of units, by id, read in one query. */
    public Map<String, String> names(Collection<String> unitIds) {
        Map<String, String> names = new HashMap<>();
        units.collection().find(in("_id", unitIds)).forEach(d -> names.put(d.getString("_id"), d.getString("name")));
        return names;
    }

    /**
     * @param field the request field that named the unit
     * @throws InvalidInput (400 naming the field) when cadre-service's topic has not told of the unit
     */
    public KnownUnit get(String unitId, String field) {
        return find(unitId).orElseThrow(() -> InvalidInput.of(field, "no unit " + unitId));
    }

    /**
     * The unit, with the communes of its district as they stood on {@code date} when it is a
     * district unit, for R4/R5: a cadre from one of them is a native of the district.
     *
     * @throws InvalidInput (400 naming {@code field}) when cadre-service's topic has not told of the unit
     */
    public KnownUnit get(String unitId, String field, LocalDate date) {
        KnownUnit unit = get(unitId, field);
        if (unit.level() != Level.DISTRICT || unit.locality() == null) {
            return unit;
        }
        List<UnitTree.Node> province = new ArrayList<>();
        units.collection().find(eq("province", unit.province().value()))
                .forEach(d -> province.add(UnitTree.Node.of(d::getString)));
        return new KnownUnit(unit.unitId(), unit.name(), unit.level(), unit.bloc(), unit.province(), unit.locality(),
                unit.keyPosts(), unit.validFrom(), unit.validTo(),
                new UnitTree(province).communesOf(unit.locality(), date));
    }

    private static KnownUnit unit(Document d) {
        return new KnownUnit(d.getString("_id"), d.getString("name"), Level.valueOf(d.getString("level")),
                Bloc.valueOf(d.getString("bloc")), ProvinceCode.of(d.getString("province")), d.getString("locality"),
                d.getList("keyPosts", String.class), LocalDate.parse(d.getString("validFrom")),
                d.getString("validTo") == null ? null : LocalDate.parse(d.getString("validTo")), List.of());
    }
}
