package vn.cadres.platform.eventstore;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Where each event processor (and the Kafka publisher) remembers how far it has got, one document
 * per processor and segment. A segment is worked on by one owner at a time: the claim is taken and
 * checked with a single conditional update, and expires when its owner stops extending it.
 */
public class MongoTokenStore implements TokenStore {

    private static final String TOKENS = "tokens";

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;
    private final String owner;
    private final Duration claimTimeout;
    private final Clock clock;

    public MongoTokenStore(MongoDatabase database, Serializer serializer, String owner, Duration claimTimeout,
                           Clock clock) {
        this.tokens = database.getCollection(TOKENS);
        this.serializer = serializer;
        this.owner = owner;
        this.claimTimeout = claimTimeout;
        this.clock = clock;
    }

    private static String id(String processorName, int segment) {
        return processorName + "/" + segment;
    }

    private Bson ownedByMe(String processorName, int segment) {
        return and(eq("_id", id(processorName, segment)), eq("owner", owner));
    }

    private Bson claimable(String processorName, int segment) {
        return and(eq("_id", id(processorName, segment)), or(eq("owner", null), eq("owner", owner),
                lt("claimedAt", Date.from(clock.instant().minus(claimTimeout)))));
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        if (fetchSegments(processorName).length > 0) {
            throw new UnableToClaimTokenException("segments of " + processorName + " already exist");
        }
        for (int segment = 0; segment < segmentCount; segment++) {
            initializeSegment(initialToken, processorName, segment);
        }
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        initializeTokenSegments(processorName, segmentCount, null);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        try {
            tokens.insertOne(tokenFields(new Document("_id", id(processorName, segment))
                    .append("processorName", processorName).append("segment", segment)
                    .append("owner", null).append("claimedAt", null), token));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                throw new UnableToInitializeTokenException("segment " + segment + " of " + processorName + " exists");
            }
            throw e;
        }
    }

    private Document tokenFields(Document document, TrackingToken token) {
        if (token == null) {
            return document.append("token", null).append("tokenType", null);
        }
        SerializedObject<String> serialized = serializer.serialize(token, String.class);
        return document.append("token", serialized.getData()).append("tokenType", serialized.getType().getName());
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        Document fields = tokenFields(new Document("claimedAt", Date.from(clock.instant())), token);
        if (tokens.updateOne(ownedByMe(processorName, segment), new Document("$set", fields)).getMatchedCount() == 0) {
            claim(processorName, segment);
            tokens.updateOne(ownedByMe(processorName, segment), new Document("$set", fields));
        }
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        Document document = claim(processorName, segment);
        String data = document.getString("token");
        if (data == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(data, String.class,
                document.getString("tokenType"), null));
    }

    private Document claim(String processorName, int segment) {
        Document claimed = tokens.findOneAndUpdate(claimable(processorName, segment),
                Updates.combine(Updates.set("owner", owner), Updates.set("claimedAt", Date.from(clock.instant()))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (claimed == null) {
            throw new UnableToClaimTokenException("segment " + segment + " of " + processorName
                    + " is claimed by another owner or does not exist");
        }
        return claimed;
    }

    @Override
    public void extendClaim(String processorName, int segment) {
        if (tokens.updateOne(ownedByMe(processorName, segment), Updates.set("claimedAt", Date.from(clock.instant())))
                .getMatchedCount() == 0) {
            throw new UnableToClaimTokenException("lost the claim on segment " + segment + " of " + processorName);
        }
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        tokens.updateOne(ownedByMe(processorName, segment), Updates.set("owner", null));
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        if (tokens.deleteOne(ownedByMe(processorName, segment)).getDeletedCount() == 0) {
            throw new UnableToClaimTokenException("cannot delete segment " + segment + " of " + processorName
                    + ": not claimed by this owner");
        }
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return true;
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return segmentsOf(processorName).stream().mapToInt(d -> d.getInteger("segment")).sorted().toArray();
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        int[] all = fetchSegments(processorName);
        Date expired = Date.from(clock.instant().minus(claimTimeout));
        List<Segment> available = new ArrayList<>();
        for (Document d : segmentsOf(processorName)) {
            String holder = d.getString("owner");
            Date claimedAt = d.getDate("claimedAt");
            if (holder == null || holder.equals(owner) || claimedAt == null || claimedAt.before(expired)) {
                available.add(Segment.computeSegment(d.getInteger("segment"), all));
            }
        }
        return available;
    }

    private List<Document> segmentsOf(String processorName) {
        return tokens.find(eq("processorName", processorName)).into(new ArrayList<>());
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return Optional.empty();
    }
}
