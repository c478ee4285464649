package vn.cadres.infra.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with its documents and index keys kept as BSON and compared as
 * MongoDB compares them ({@link BsonValues}), instead of Java serialization. A file written by the
 * stock backend cannot be read by this one, nor the other way round. A command that may have
 * written is answered once its writes are synced to the disk ({@link GroupCommit}).
 */
public final class CompactH2Backend extends H2Backend {

    private final GroupCommit commits;

    public CompactH2Backend(MVStore store) {
        super(store);
        this.commits = new GroupCommit(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new CompactH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        return durably(commits, command, query, () -> super.handleCommand(channel, databaseName, command, query));
    }

    /**
     * Answers a command that may have written only once that is synced, a failed one too: a write
     * command that fails part way (a duplicate key in an ordered insert, say) has kept what it
     * wrote before it failed.
     */
    static Document durably(GroupCommit commits, String command, Document query,
            java.util.function.Supplier<Document> handling) {
        if (GroupCommit.changesNothing(command, query)) {
            return handling.get();
        }
        try {
            return handling.get();
        } finally {
            commits.awaitDurable();
        }
    }

    @Override
    public void close() {
        commits.close();
        super.close();
    }

    /**
     * The stock backend, for a data directory written before the BSON format, with the same
     * durable acknowledgement.
     */
    public static final class Legacy extends H2Backend {

        private final GroupCommit commits;

        public Legacy(MVStore store) {
            super(store);
            this.commits = new GroupCommit(store);
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            return durably(commits, command, query, () -> super.handleCommand(channel, databaseName, command, query));
        }

        @Override
        public void close() {
            commits.close();
            super.close();
        }
    }
}
