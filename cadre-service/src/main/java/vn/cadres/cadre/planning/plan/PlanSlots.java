package vn.cadres.cadre.planning.plan;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadres.cadre.planning.PlanningLimits;
import vn.cadres.cadre.planning.view.PlanningBoard;
import vn.cadres.contracts.planning.CadreRemovedFromPlan;
import vn.cadres.platform.domain.RuleViolation;
import vn.cadres.platform.reservations.Reservations;

/**
 * The places in the plan for one post: "at most N cadres planned for one post" spans many cadre
 * records, so no one aggregate can decide it, and the store has no transactions. Each place is a
 * document {@code unitId/post/n} for n in 1..N, taken by inserting it before the plan is sent (a
 * duplicate key means taken) and given back when the cadre leaves the plan, by hand or
 * automatically. A place whose holder is not in the plan long after it was taken was left by a
 * crash between taking and storing, and is taken over.
 *
 * <p>Places come back as this processor sees removals, so a cadre re-planned for the same post a
 * moment after leaving it may briefly be told they are still planned.
 */
@Component
@ProcessingGroup(PlanSlots.PROCESSOR)
class PlanSlots {

    static final String PROCESSOR = "plan-slots";
    static final String COLLECTION = "plan_slots";
    /** Longer than a command may take (30 s), so a place still being stored is never taken over. */
    private static final Duration ABANDONED_AFTER = Duration.ofSeconds(60);

    private final MongoCollection<Document> collection;
    private final Reservations slots;
    private final PlanningBoard board;
    private final PlanningLimits limits;

    PlanSlots(MongoDatabase database, PlanningBoard board, PlanningLimits limits, Clock clock) {
        this.collection = database.getCollection(COLLECTION);
        this.slots = new Reservations(collection, clock, ABANDONED_AFTER);
        this.board = board;
        this.limits = limits;
    }

    /**
     * Takes a place for {@code cadreId} in the plan for {@code post} of {@code unitId}.
     *
     * @return the place taken, to give back if the plan is not stored
     * @throws RuleViolation {@code post-plan-full} naming the cadres planned, or {@code already-planned}
     */
    String take(String unitId, String post, String cadreId) {
        if (holdersOf(unitId, post).contains(cadreId)) {
            throw new RuleViolation("already-planned", "cadre " + cadreId + " is already planned for " + post,
                    Map.of("unitId", unitId, "post", post));
        }
        Document place = new Document("unitId", unitId).append("post", post);
        for (int n = 1; n <= limits.maxCadresPerPost(); n++) {
            String slotId = unitId + "/" + post + "/" + n;
            if (slots.reserve(slotId, cadreId, place)) {
                return slotId;
            }
        }
        for (Document holder : places(unitId, post)) {
            if (slots.abandoned(holder, this::planned) && slots.takeOver(holder, cadreId)) {
                return holder.getString("_id");
            }
        }
        List<String> planned = holdersOf(unitId, post);
        throw new RuleViolation("post-plan-full", post + " already has " + planned.size()
                + " cadres planned, the most allowed: " + planned,
                Map.of("unitId", unitId, "post", post, "plannedCadreIds", planned));
    }

    /** Gives back a place whose plan was refused. */
    void giveBack(String slotId, String cadreId) {
        slots.release(slotId, cadreId);
    }

    @EventHandler
    void on(CadreRemovedFromPlan event) {
        collection.deleteMany(and(eq("unitId", event.unitId()), eq("post", event.post()),
                eq(Reservations.HOLDER, event.cadreId())));
    }

    private boolean planned(Document place) {
        return board.isPlanned(place.getString(Reservations.HOLDER), place.getString("unitId"), place.getString("post"));
    }

    private List<String> holdersOf(String unitId, String post) {
        return places(unitId, post).stream().map(place -> place.getString(Reservations.HOLDER)).toList();
    }

    private List<Document> places(String unitId, String post) {
        return collection.find(and(eq("unitId", unitId), eq("post", post))).into(new ArrayList<>());
    }
}
