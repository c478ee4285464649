package vn.cadres.infra.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with its documents and index keys kept as BSON and compared as
 * MongoDB compares them ({@link BsonValues}), instead of Java serialization. A file written by the
 * stock backend cannot be read by this one, nor the other way round.
 */
public final class CompactH2Backend extends H2Backend {

    public CompactH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new CompactH2Database(databaseName, getMvStore(), getCursorRegistry());
    }
}
