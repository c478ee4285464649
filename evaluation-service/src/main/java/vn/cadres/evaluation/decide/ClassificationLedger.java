package vn.cadres.evaluation.decide;

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
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.evaluation.Classification;
import vn.cadres.evaluation.EvaluationRecords;
import vn.cadres.evaluation.EvaluationState;
import vn.cadres.platform.domain.ServiceBusy;

/**
 * The classes decided in each unit, group and year, kept so that two decisions made at once cannot
 * both take the last room under the quota: one document per unit, group and year, changed only by
 * compare-and-set on its version, without transactions. A decision first reserves its class here
 * (unconfirmed), then its evaluation's record decides with the counts of the others, then the entry
 * is confirmed, or restored if the record refused. An entry left unconfirmed by a crash counts for
 * a minute, longer than any command takes; after that the evaluation's own record says what was
 * decided, so the ledger heals itself.
 */
@Component
public class ClassificationLedger {

    static final String COLLECTION = "classification_ledger";
    private static final Duration SETTLE_AFTER = Duration.ofSeconds(60);
    private static final int ATTEMPTS = 20;

    private final MongoCollection<Document> ledgers;
    private final EvaluationRecords records;
    private final Clock clock;

    ClassificationLedger(MongoDatabase database, EvaluationRecords records, Clock clock) {
        this.ledgers = database.getCollection(COLLECTION);
        this.records = records;
        this.clock = clock;
    }

    /** The unit, group and year an evaluation's class counts in. */
    public static String keyOf(EvaluationState evaluation) {
        return evaluation.evaluatingUnitId() + " | " + evaluation.group() + " | " + evaluation.periodEnd().getYear();
    }

    /**
     * Reserves {@code next} for {@code evaluation}, runs {@code decision} with the counts of the other
     * decided evaluations, then confirms; if the decision fails, the evaluation's previous class is
     * restored and the failure passes on.
     */
    public <R> R decide(EvaluationState evaluation, Classification next, Function<QuotaCounts, R> decision) {
        String key = keyOf(evaluation);
        String evaluationId = evaluation.evaluationId();
        QuotaCounts others = change(key, evaluationId, next, false);
        try {
            R result = decision.apply(others);
            change(key, evaluationId, next, true);
            return result;
        } catch (RuntimeException e) {
            change(key, evaluationId, evaluation.decided() == null ? null : evaluation.decided().classification(),
                    true);
            throw e;
        }
    }

    /** Sets the evaluation's entry ({@code null} removes it) and answers the counts of the others. */
    private QuotaCounts change(String key, String evaluationId, Classification classification, boolean confirmed) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document ledger = ledgers.find(eq("_id", key)).first();
            List<Document> others = settled(ledger == null ? List.of() : ledger.getList("entries", Document.class))
                    .stream().filter(entry -> !entry.getString("evaluationId").equals(evaluationId)).toList();
            List<Document> entries = new ArrayList<>(others);
            if (classification != null) {
                entries.add(entry(evaluationId, classification, confirmed, clock.instant()));
            }
            if (write(key, ledger, entries)) {
                return new QuotaCounts(key, count(others, Classification.EXCELLENT), count(others, Classification.GOOD));
            }
        }
        throw new ServiceBusy("too many decisions at once in " + key + "; retry shortly", Duration.ofSeconds(1));
    }

    /** Entries left unconfirmed for over a minute take the class their evaluation's record shows, or go. */
    private List<Document> settled(List<Document> entries) {
        Instant stale = clock.instant().minus(SETTLE_AFTER);
        List<Document> settled = new ArrayList<>();
        for (Document entry : entries) {
            if (entry.getBoolean("confirmed", false) || entry.getDate("at").toInstant().isAfter(stale)) {
                settled.add(entry);
            } else {
                String evaluationId = entry.getString("evaluationId");
                records.decidedClass(evaluationId).ifPresent(decided ->
                        settled.add(entry(evaluationId, decided, true, entry.getDate("at").toInstant())));
            }
        }
        return settled;
    }

    private boolean write(String key, Document ledger, List<Document> entries) {
        if (ledger == null) {
            try {
                ledgers.insertOne(new Document("_id", key).append("version", 1L).append("entries", entries));
                return true;
            } catch (MongoWriteException e) {
                if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                return false;
            }
        }
        long version = ledger.getLong("version");
        return ledgers.updateOne(and(eq("_id", key), eq("version", version)),
                Updates.combine(Updates.set("entries", entries), Updates.set("version", version + 1)))
                .getModifiedCount() == 1;
    }

    private static Document entry(String evaluationId, Classification classification, boolean confirmed, Instant at) {
        return new Document("evaluationId", evaluationId).append("classification", classification.name())
                .append("confirmed", confirmed).append("at", Date.from(at));
    }

    private static int count(List<Document> entries, Classification classification) {
        return (int) entries.stream().filter(e -> classification.name().equals(e.getString("classification"))).count();
    }
}
