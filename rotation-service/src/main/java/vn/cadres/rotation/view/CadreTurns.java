package vn.cadres.rotation.view;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadres.platform.domain.RuleViolation;
import vn.cadres.platform.reservations.Reservations;

/**
 * Decisions about one cadre's rotations taken one after the other. One rotation at a time spans
 * several rotation records, so no one aggregate can decide it, and the store has no transactions:
 * a decision takes the cadre's turn (a reservation named by the cadre) before it reads the cadre's
 * other rotations and gives it back once its events are stored, so the next one reads them.
 *
 * <p>The rotations read model may not yet list a rotation proposed a moment ago, so each decision
 * also notes its rotation under the cadre here, in its turn; whoever comes next reads those too.
 */
@Component
class CadreTurns {

    static final String TURNS = "cadre_turns";
    static final String ROTATIONS = "cadre_rotation_ids";
    /** Longer than a command may take (30 s), so a turn still being used is never taken over. */
    private static final Duration ABANDONED_AFTER = Duration.ofSeconds(60);
    /** How long a decision waits for the one before it; far longer than a decision usually takes. */
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Reservations turns;
    private final MongoCollection<Document> rotationIds;
    private final Clock clock;

    CadreTurns(MongoDatabase database, Clock clock) {
        this.turns = new Reservations(database.getCollection(TURNS), clock, ABANDONED_AFTER);
        this.rotationIds = database.getCollection(ROTATIONS);
        this.clock = clock;
    }

    /**
     * Runs {@code decision} in the cadre's turn and notes {@code rotationId} under the cadre once it succeeded.
     *
     * @throws RuleViolation {@code cadre-rotations-busy} (409) when the turn did not come in time
     */
    <T> T inTurn(String cadreId, String rotationId, Supplier<T> decision) {
        String holder = UUID.randomUUID().toString();
        take(cadreId, holder);
        try {
            T result = decision.get();
            rotationIds.updateOne(eq("_id", cadreId), Updates.addToSet("rotationIds", rotationId),
                    new UpdateOptions().upsert(true));
            return result;
        } finally {
            turns.release(cadreId, holder);
        }
    }

    /** The rotations noted under the cadre, which the read model may not list yet. */
    List<String> rotationsOf(String cadreId) {
        Document noted = rotationIds.find(eq("_id", cadreId)).first();
        return noted == null ? List.of() : noted.getList("rotationIds", String.class, List.of());
    }

    private void take(String cadreId, String holder) {
        Instant until = clock.instant().plus(WAIT);
        for (long pause = 2; !turns.reserve(cadreId, holder, new Document()); pause = Math.min(pause * 2, 50)) {
            Document taken = turns.find(cadreId);
            if (taken != null && turns.abandoned(taken, never -> false) && turns.takeOver(taken, holder)) {
                return;
            }
            if (clock.instant().isAfter(until)) {
                throw new RuleViolation("cadre-rotations-busy", "another decision about this cadre's rotations "
                        + "is being taken; retry shortly", Map.of("cadreId", cadreId));
            }
            sleep(pause);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the cadre's turn", e);
        }
    }
}
