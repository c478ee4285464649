package vn.cadres.cadre.unit.view;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Projections.include;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.cadres.cadre.unit.UnitState;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.contracts.unit.UnitDissolved;
import vn.cadres.contracts.unit.UnitEstablished;
import vn.cadres.contracts.unit.UnitMerged;
import vn.cadres.contracts.unit.UnitRenamed;
import vn.cadres.platform.domain.NotFoundException;
import vn.cadres.platform.projections.VersionedDocuments;

/**
 * The organisation units (đơn vị) with their name history, validity and successor, one document per
 * unit, fed from this service's own events. Endpoints also look up here which province a unit
 * belongs to, so only that province's office changes it.
 */
@Component
@ProcessingGroup(Units.PROCESSOR)
public class Units {

    static final String PROCESSOR = "units";
    static final String COLLECTION = "units";

    private final VersionedDocuments units;

    Units(MongoDatabase database) {
        this.units = new VersionedDocuments(database.getCollection(COLLECTION));
    }

    @EventHandler
    void on(UnitEstablished event, @SequenceNumber long sequence) {
        units.apply(event.unitId(), sequence, unit -> unit
                .append("name", event.name())
                .append("names", List.of(span(event.name(), event.effectiveDate())))
                .append("level", event.level().name())
                .append("bloc", event.bloc().name())
                .append("province", event.province().value())
                .append("locality", event.locality())
                .append("parentUnitId", event.parentUnitId())
                .append("keyPosts", event.keyPosts())
                .append("validFrom", event.effectiveDate().toString())
                .append("state", UnitState.ACTIVE.name()));
    }

    /** A back-filled rename may predate later ones, so the history is kept in date order. */
    @EventHandler
    void on(UnitRenamed event, @SequenceNumber long sequence) {
        units.apply(event.unitId(), sequence, unit -> {
            List<Document> names = new ArrayList<>(unit.getList("names", Document.class));
            names.add(span(event.name(), event.effectiveDate()));
            names.sort(Comparator.comparing(span -> span.getString("from")));
            return unit.append("names", names).append("name", names.getLast().getString("name"));
        });
    }

    @EventHandler
    void on(UnitMerged event, @SequenceNumber long sequence) {
        units.apply(event.unitId(), sequence, unit -> unit
                .append("validTo", event.effectiveDate().toString())
                .append("state", UnitState.MERGED.name())
                .append("successorUnitId", event.successorUnitId()));
    }

    @EventHandler
    void on(UnitDissolved event, @SequenceNumber long sequence) {
        units.apply(event.unitId(), sequence, unit -> unit
                .append("validTo", event.effectiveDate().toString())
                .append("state", UnitState.DISSOLVED.name()));
    }

    @ResetHandler
    void reset() {
        units.collection().drop();
    }

    public Optional<UnitView> find(String unitId) {
        return Optional.ofNullable(units.collection().find(eq("_id", unitId)).first()).map(Units::view);
    }

    /** @throws NotFoundException when the read model does not know the unit */
    public UnitView get(String unitId) {
        return find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
    }

    /**
     * The unit that continues {@code unit} today (đơn vị kế thừa): itself while it exists, otherwise
     * the last unit its successor links lead to, so a record that named a merged unit can be shown
     * under today's unit.
     */
    public UnitView continuing(UnitView unit) {
        Set<String> seen = new HashSet<>();
        UnitView current = unit;
        while (current.successorUnitId() != null && seen.add(current.unitId())) {
            Optional<UnitView> next = find(current.successorUnitId());
            if (next.isEmpty()) {
                return current;
            }
            current = next.get();
        }
        return current;
    }

    /** Units of a province, optionally of one level, by their current name. */
    public List<UnitView> list(ProvinceCode province, Level level) {
        List<Bson> filters = new ArrayList<>();
        if (province != null) {
            filters.add(eq("province", province.value()));
        }
        if (level != null) {
            filters.add(eq("level", level.name()));
        }
        Bson filter = filters.isEmpty() ? new Document() : and(filters);
        List<UnitView> found = new ArrayList<>();
        units.collection().find(filter).sort(Sorts.ascending("name")).forEach(d -> found.add(view(d)));
        return found;
    }

    /** The ids of every unit of {@code level}, in any province and state, as a new set the caller may narrow. */
    public Set<String> idsAt(Level level) {
        return units.collection().find(eq("level", level.name())).projection(include("_id"))
                .map(unit -> unit.getString("_id")).into(new HashSet<>());
    }

    /** The ids of the units merged into {@code unitId}, as far as this read model has seen. */
    public List<String> idsMergedInto(String unitId) {
        return units.collection().find(eq("successorUnitId", unitId)).projection(include("_id"))
                .map(unit -> unit.getString("_id")).into(new ArrayList<>());
    }

    private static Document span(String name, LocalDate from) {
        return new Document("name", name).append("from", from.toString());
    }

    private static UnitView view(Document d) {
        return new UnitView(d.getString("_id"),
                d.getList("names", Document.class).stream()
                        .map(s -> new NameSpan(s.getString("name"), LocalDate.parse(s.getString("from")))).toList(),
                Level.valueOf(d.getString("level")), Bloc.valueOf(d.getString("bloc")),
                ProvinceCode.of(d.getString("province")), d.getString("locality"), d.getString("parentUnitId"),
                d.getList("keyPosts", String.class), LocalDate.parse(d.getString("validFrom")),
                d.getString("validTo") == null ? null : LocalDate.parse(d.getString("validTo")),
                UnitState.valueOf(d.getString("state")), d.getString("successorUnitId"));
    }
}
