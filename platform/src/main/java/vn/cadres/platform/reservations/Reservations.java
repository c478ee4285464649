package vn.cadres.platform.reservations;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.function.Predicate;
import org.bson.Document;

/**
 * Rules that span records (one registration per person, at most three cadres per post), kept
 * without transactions: a reservation is a document whose {@code _id} names what is reserved, so
 * of two writers the first insert wins and the second gets a duplicate key. A writer that died
 * between reserving and storing its record leaves a reservation behind; once it is older than a
 * command can take and its record was never stored, another writer may take it over, by a
 * compare-and-set on its holder so that of two takers only one wins.
 */
public final class Reservations {

    /** The field naming who holds a reservation (a record id). */
    public static final String HOLDER = "holder";
    private static final String RESERVED_AT = "reservedAt";

    private final MongoCollection<Document> reservations;
    private final Clock clock;
    private final Duration abandonedAfter;

    /** @param abandonedAfter longer than a command may take, so a reservation being stored is never taken */
    public Reservations(MongoCollection<Document> reservations, Clock clock, Duration abandonedAfter) {
        this.reservations = reservations;
        this.clock = clock;
        this.abandonedAfter = abandonedAfter;
    }

    /** Reserves {@code id} for {@code holder}, with {@code fields} to find it by; false if already reserved. */
    public boolean reserve(String id, String holder, Document fields) {
        try {
            reservations.insertOne(new Document(fields).append("_id", id).append(HOLDER, holder)
                    .append(RESERVED_AT, now()));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    /** The reservation of {@code id}, or null. */
    public Document find(String id) {
        return reservations.find(eq("_id", id)).first();
    }

    /**
     * True when {@code reservation} is older than a command may take and {@code stored} says its
     * holder's record never made it.
     */
    public boolean abandoned(Document reservation, Predicate<Document> stored) {
        return reservation.getDate(RESERVED_AT).toInstant().plus(abandonedAfter).isBefore(clock.instant())
                && !stored.test(reservation);
    }

    /** Takes an abandoned reservation over for {@code holder}; false if another taker was first. */
    public boolean takeOver(Document reservation, String holder) {
        return reservations.updateOne(and(eq("_id", reservation.getString("_id")),
                        eq(HOLDER, reservation.getString(HOLDER))),
                Updates.combine(Updates.set(HOLDER, holder), Updates.set(RESERVED_AT, now())))
                .getModifiedCount() == 1;
    }

    /** Gives {@code id} back, if {@code holder} still holds it. */
    public void release(String id, String holder) {
        reservations.deleteOne(and(eq("_id", id), eq(HOLDER, holder)));
    }

    private Date now() {
        return Date.from(clock.instant());
    }
}
