package vn.cadres.cadre.profile.register;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadres.platform.domain.RuleViolation;
import vn.cadres.platform.domain.ServiceBusy;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.reservations.Reservations;

/**
 * Claims on the identity of registered persons, so that one person is not registered twice
 * (đăng ký trùng) without a transaction: a key document is inserted before the registration is
 * sent, and a duplicate key means someone holds it. A claim whose cadre has no events and is older
 * than any command can take was left by a crash between claim and store, and is taken over; a
 * younger one whose cadre is not stored is answered 503 (retry), not 409 naming a cadre that may
 * never exist.
 */
@Component
class RegistrationKeys {

    static final String COLLECTION = "registration_keys";
    /** Longer than a command may take (30 s), so a claim still being stored is never taken over. */
    private static final Duration ABANDONED_AFTER = Duration.ofSeconds(60);
    /** How long a registration sent at the same moment as another of the same person usually takes to store. */
    private static final Duration IN_FLIGHT = Duration.ofSeconds(2);

    private final Reservations keys;
    private final EventLog log;

    RegistrationKeys(MongoDatabase database, EventLog log, Clock clock) {
        this.keys = new Reservations(database.getCollection(COLLECTION), clock, ABANDONED_AFTER);
        this.log = log;
    }

    /**
     * Claims {@code key} for {@code cadreId}.
     *
     * @throws RuleViolation {@code duplicate-registration}, naming the existing {@code cadreId}
     */
    void claim(String key, String cadreId) {
        while (!keys.reserve(key, cadreId, new Document())) {
            Document holder = keys.find(key);
            if (holder == null) {
                continue;
            }
            String existing = holder.getString(Reservations.HOLDER);
            if (keys.abandoned(holder, reservation -> stored(existing))) {
                if (keys.takeOver(holder, cadreId)) {
                    return;
                }
                continue;
            }
            if (!storedWithin(existing, IN_FLIGHT)) {
                // a registration under way, or one killed between claim and store: naming its cadre
                // would tell the client the person is registered as a cadre that may never exist
                throw new ServiceBusy("a registration of this person is under way; retry shortly", Duration.ofSeconds(2));
            }
            throw new RuleViolation("duplicate-registration", "this person is already registered as cadre "
                    + existing, Map.of("cadreId", existing));
        }
    }

    /** Gives the key back after the registration failed, unless its events were stored after all. */
    void release(String key, String cadreId) {
        if (!stored(cadreId)) {
            keys.release(key, cadreId);
        }
    }

    /** Whether the cadre's events are stored, waiting as long as a registration sent at the same moment takes. */
    private boolean storedWithin(String cadreId, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!stored(cadreId)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private boolean stored(String cadreId) {
        return !log.readAggregate(cadreId, 0).isEmpty();
    }
}
