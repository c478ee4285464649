package vn.cadres.cadre.register;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.web.RuleViolation;

/**
 * Claims on the identity of registered persons, so that one person is not registered twice
 * (đăng ký trùng) without a transaction: a key document is inserted before the registration is
 * sent, and a duplicate key means someone holds it. A claim whose cadre has no events and is older
 * than any command can take was left by a crash between claim and store, and is taken over.
 */
@Component
class RegistrationKeys {

    static final String COLLECTION = "registration_keys";
    /** Longer than a command may take (30 s), so a claim still being stored is never taken over. */
    private static final Duration ABANDONED_AFTER = Duration.ofSeconds(60);

    private final MongoCollection<Document> keys;
    private final EventLog log;
    private final Clock clock;

    RegistrationKeys(MongoDatabase database, EventLog log, Clock clock) {
        this.keys = database.getCollection(COLLECTION);
        this.log = log;
        this.clock = clock;
    }

    /**
     * Claims {@code key} for {@code cadreId}.
     *
     * @throws RuleViolation {@code duplicate-registration}, naming the existing {@code cadreId}
     */
    void claim(String key, String cadreId) {
        while (!inserted(key, cadreId)) {
            Document holder = keys.find(eq("_id", key)).first();
            if (holder == null) {
                continue;
            }
            if (!abandoned(holder)) {
                throw new RuleViolation("duplicate-registration", "this person is already registered as cadre "
                        + holder.getString("cadreId"), Map.of("cadreId", holder.getString("cadreId")));
            }
            if (takenOver(holder, cadreId)) {
                return;
            }
        }
    }

    /** Gives the key back after the registration failed, unless its events were stored after all. */
    void release(String key, String cadreId) {
        if (log.readAggregate(cadreId, 0).isEmpty()) {
            keys.deleteOne(and(eq("_id", key), eq("cadreId", cadreId)));
        }
    }

    private boolean inserted(String key, String cadreId) {
        try {
            keys.insertOne(new Document("_id", key).append("cadreId", cadreId).append("claimedAt", now()));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    private boolean abandoned(Document holder) {
        Instant claimedAt = holder.getDate("claimedAt").toInstant();
        return claimedAt.plus(ABANDONED_AFTER).isBefore(clock.instant())
                && log.readAggregate(holder.getString("cadreId"), 0).isEmpty();
    }

    /** Compare-and-set on the holder, so of two takers only one wins. */
    private boolean takenOver(Document holder, String cadreId) {
        return keys.updateOne(and(eq("_id", holder.getString("_id")), eq("cadreId", holder.getString("cadreId"))),
                Updates.combine(Updates.set("cadreId", cadreId), Updates.set("claimedAt", now())))
                .getModifiedCount() == 1;
    }

    private Date now() {
        return Date.from(clock.instant());
    }
}
