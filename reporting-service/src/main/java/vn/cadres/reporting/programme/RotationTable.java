package vn.cadres.reporting.programme;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.cadres.platform.projections.ReadModels;
import vn.cadres.platform.time.EffectiveDates;
import vn.cadres.reporting.Names;
import vn.cadres.reporting.roster.CadreRosterProjection;
import vn.cadres.reporting.roster.Roster;
import vn.cadres.reporting.table.NameFields;
import vn.cadres.reporting.table.Page;
import vn.cadres.reporting.table.PageRequest;

/**
 * The rotations table: filtered, sorted and paged by the database, only the page's rows read and
 * named. The name search first finds the cadres so named in the roster, then their rotations; the
 * order by name joins each rotation to its cadre's sort key in the roster ({@code $lookup} on the
 * id), since a rotation's events carry no name and a correction of the name reaches only the roster.
 */
@Component
public class RotationTable {

    /** The sortable columns, the default (earliest start first) first. */
    public static final List<String> COLUMNS = List.of("start", "name", "plannedEnd", "status", "kind", "movement",
            "province");
    private static final String CADRE = "cadre";
    private static final Map<String, String> FIELDS = Map.of("start", ProgrammeProjection.START,
            "name", CADRE + "." + NameFields.NAME_KEY, "plannedEnd", "plannedEnd", "status", "status",
            "kind", "kind", "movement", "movement", "province", "province");

    private final ReadModels readModels;
    private final Roster roster;
    private final Names names;
    private final Clock clock;

    RotationTable(ReadModels readModels, Roster roster, Names names, Clock clock) {
        this.readModels = readModels;
        this.roster = roster;
        this.names = names;
        this.clock = clock;
    }

    private MongoCollection<Document> rotations() {
        return readModels.reading(ProgrammeProjection.ROTATIONS);
    }

    /** A page of the rotations (every one for {@link PageRequest#all}), named, each with {@code overdue} as of today. */
    public Page<Document> page(RotationFilter filter, PageRequest request) {
        String today = EffectiveDates.orToday(null, clock).toString();
        Bson match = match(filter, today);
        List<Bson> pipeline = new ArrayList<>();
        pipeline.add(Aggregates.match(match));
        if (request.column().equals("name")) {
            pipeline.add(Aggregates.lookup(readModels.reading(CadreRosterProjection.COLLECTION).getNamespace()
                    .getCollectionName(), "cadreId", "_id", CADRE));
            pipeline.add(Aggregates.unwind("$" + CADRE, new com.mongodb.client.model.UnwindOptions()
                    .preserveNullAndEmptyArrays(true)));
        }
        pipeline.add(Aggregates.sort(request.sort(FIELDS)));
        if (!request.everyRow()) {
            pipeline.add(Aggregates.skip(request.offset()));
            pipeline.add(Aggregates.limit(request.size()));
        }
        List<Document> rows = rotations().aggregate(pipeline).into(new ArrayList<>());
        rows.forEach(r -> {
            r.remove(CADRE);
            r.append("overdue", Programme.overdue(r, today));
        });
        long total = request.everyRow() ? rows.size() : rotations().countDocuments(match);
        return request.of(named(rows), total);
    }

    /** The rotations with the cadre's name and the units' names added. */
    public List<Document> named(List<Document> rotations) {
        Set<String> cadres = new HashSet<>();
        Set<String> units = new HashSet<>();
        rotations.forEach(r -> {
            cadres.add(r.getString("cadreId"));
            units.add(r.getString("fromUnitId"));
            units.add(r.getString("toUnitId"));
        });
        Map<String, String> cadreNames = names.cadres(cadres);
        Map<String, String> unitNames = names.units(units);
        return rotations.stream().map(r -> new Document(r).append("rotationId", r.getString("_id"))
                .append("cadreName", cadreNames.get(r.getString("cadreId")))
                .append("fromUnitName", unitNames.get(r.getString("fromUnitId")))
                .append("toUnitName", unitNames.get(r.getString("toUnitId")))).toList();
    }

    private Bson match(RotationFilter filter, String today) {
        List<Bson> conditions = new ArrayList<>();
        if (filter.province() != null) {
            conditions.add(eq("province", filter.province().value()));
        }
        if (filter.status() != null) {
            conditions.add(switch (filter.status()) {
                case Programme.OVERDUE -> and(eq("status", "ACTIVE"), lt("plannedEnd", today));
                case Programme.ENDING -> and(eq("status", "ACTIVE"), gte("plannedEnd", today),
                        lte("plannedEnd", LocalDate.parse(today).plusDays(Programme.ENDING_WITHIN_DAYS).toString()));
                default -> eq("status", filter.status());
            });
        }
        if (filter.movement() != null) {
            conditions.add(eq("movement", filter.movement()));
        }
        if (filter.kind() != null) {
            conditions.add(eq("kind", filter.kind()));
        }
        if (filter.blocCrossing() != null) {
            conditions.add(eq("crossesBlocs", filter.blocCrossing()));
        }
        if (filter.unitId() != null) {
            conditions.add(or(eq("fromUnitId", filter.unitId()), eq("toUnitId", filter.unitId())));
        }
        if (filter.to() != null) {
            String to = filter.to().toString();
            conditions.add(or(lte("actualStart", to), and(eq("actualStart", null), lte("plannedStart", to))));
        }
        if (filter.from() != null) {
            conditions.add(endsOnOrAfter(filter.from().toString(), today));
        }
        if (filter.q() != null) {
            conditions.add(in("cadreId", roster.idsNamed(filter.q())));
        }
        return conditions.isEmpty() ? new Document() : and(conditions);
    }

    /**
     * The term reaches {@code from}: it ended then or later, or, not ended, was planned to; one still
     * running lasts until today, past its planned end if overdue.
     */
    private static Bson endsOnOrAfter(String from, String today) {
        List<Bson> ways = new ArrayList<>(List.of(gte("actualEnd", from),
                and(eq("actualEnd", null), gte("plannedEnd", from))));
        if (from.compareTo(today) <= 0) {
            ways.add(and(eq("actualEnd", null), eq("status", "ACTIVE")));
        }
        return or(ways);
    }
}
