package vn.cadres.cadre.planning.view;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.planning.CadrePlanned;
import vn.cadres.contracts.planning.CadreRemovedFromPlan;
import vn.cadres.platform.projections.VersionedDocuments;

/**
 * Who is planned for what (danh sách quy hoạch): one document per cadre with their active plans,
 * fed from this service's own events, so the list for a post and the cadres an age review must
 * look at are one query each.
 */
@Component
@ProcessingGroup(PlanningBoard.PROCESSOR)
public class PlanningBoard {

    static final String PROCESSOR = "planning-board";
    static final String COLLECTION = "plans";
    private static final String PLANS = "plans";
    private static final Bson PLANNED = exists(PLANS + ".0");

    private final VersionedDocuments cadres;

    PlanningBoard(MongoDatabase database) {
        this.cadres = new VersionedDocuments(database.getCollection(COLLECTION));
    }

    @EventHandler
    void on(CadrePlanned event, @SequenceNumber long sequence) {
        change(event.cadreId(), event.province(), sequence, plans -> {
            plans.add(new Document("unitId", event.unitId()).append("post", event.post())
                    .append("level", event.level().name()).append("termStart", event.termStart().toString())
                    .append("termEnd", event.termEnd().toString())
                    .append("plannedOn", event.effectiveDate().toString()));
            return plans;
        });
    }

    @EventHandler
    void on(CadreRemovedFromPlan event, @SequenceNumber long sequence) {
        change(event.cadreId(), event.province(), sequence, plans -> {
            plans.removeIf(plan -> isFor(plan, event.unitId(), event.post()));
            return plans;
        });
    }

    @ResetHandler
    void reset() {
        cadres.collection().drop();
    }

    /** The cadres planned for {@code post} of {@code unitId}, with a name looked up by {@code names}. */
    public List<PlannedCadre> plannedFor(String unitId, String post, UnaryOperator<String> names) {
        List<PlannedCadre> planned = new ArrayList<>();
        for (Document cadre : cadres.collection().find(elemMatch(PLANS, planOf(unitId, post)))) {
            cadre.getList(PLANS, Document.class).stream()
                    .filter(plan -> isFor(plan, unitId, post))
                    .forEach(plan -> planned.add(new PlannedCadre(cadre.getString("_id"),
                            names.apply(cadre.getString("_id")), date(plan, "termStart"), date(plan, "termEnd"),
                            date(plan, "plannedOn"))));
        }
        return planned;
    }

    /** The cadres of {@code province} planned for at least one post. */
    public List<String> plannedIn(ProvinceCode province) {
        return cadres.collection().find(and(eq("province", province.value()), PLANNED))
                .map(cadre -> cadre.getString("_id")).into(new ArrayList<>());
    }

    /** Every cadre planned for at least one post, with the province whose records hold the plans. */
    public Map<String, ProvinceCode> plannedAnywhere() {
        Map<String, ProvinceCode> planned = new LinkedHashMap<>();
        cadres.collection().find(PLANNED)
                .forEach(cadre -> planned.put(cadre.getString("_id"), ProvinceCode.of(cadre.getString("province"))));
        return planned;
    }

    public boolean isPlanned(String cadreId, String unitId, String post) {
        return cadres.collection().find(and(eq("_id", cadreId), elemMatch(PLANS, planOf(unitId, post)))).first()
                != null;
    }

    private void change(String cadreId, ProvinceCode province, long sequence, UnaryOperator<List<Document>> plans) {
        cadres.apply(cadreId, sequence, cadre -> cadre.append("province", province.value()).append(PLANS,
                plans.apply(new ArrayList<>(cadre.getList(PLANS, Document.class, List.of())))));
    }

    private static Bson planOf(String unitId, String post) {
        return and(eq("unitId", unitId), eq("post", post));
    }

    private static boolean isFor(Document plan, String unitId, String post) {
        return plan.getString("unitId").equals(unitId) && plan.getString("post").equals(post);
    }

    private static LocalDate date(Document plan, String field) {
        return LocalDate.parse(plan.getString(field));
    }
}
