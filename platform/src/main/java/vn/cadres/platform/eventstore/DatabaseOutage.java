package vn.cadres.platform.eventstore;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.util.List;

/**
 * Tells a database that is out of reach (restarting, electing a primary, every connection busy)
 * from a request or an event at fault: the first is waited out and retried (503 with Retry-After
 * to a caller; a read model keeps retrying), the second is answered or set aside.
 */
public final class DatabaseOutage {

    private static final List<Class<? extends MongoException>> SIGNS = List.of(MongoTimeoutException.class,
            MongoSocketException.class, MongoConnectionPoolClearedException.class, MongoNotPrimaryException.class,
            MongoNodeIsRecoveringException.class, MongoInterruptedException.class);

    private DatabaseOutage() {
    }

    /** The sign of an outage in the cause chain of {@code failure}, or null when there is none. */
    public static MongoException in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends MongoException> sign : SIGNS) {
                if (sign.isInstance(t)) {
                    return sign.cast(t);
                }
            }
        }
        return null;
    }
}
