package vn.cadres.platform.projections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.MongoSocketException;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.cadres.platform.testing.MongoWire;

/**
 * A processor's batches as its tracking processor runs them: a failed batch is handled again from
 * its first event, as often as it fails, the way the processor retries from its saved token.
 */
class DeadLettersTest {

    private static final String PROCESSOR = "reports";
    /** Beyond what a MongoDB decimal holds: fails only when the batch is written, as in issue 18. */
    private static final BigDecimal UNWRITABLE = new BigDecimal("1E+7000");

    private final MongoDatabase database = MongoWire.shared().freshDatabase();
    private final MongoCollection<Document> indicators = database.getCollection("indicators");
    private final VersionedDocuments documents = new VersionedDocuments(indicators);
    private final DeadLetters deadLetters = new DeadLetters(database, new ObjectMapper(), 3);

    record Measured(String name, BigDecimal value) {
    }

    @Test
    void an_event_that_fails_alone_again_and_again_is_set_aside_and_the_events_around_it_are_written() throws Exception {
        EventMessage<?> poison = event("e-2", 0, UNWRITABLE);
        EventMessage<?> behind = event("e-2", 1, BigDecimal.ONE);
        List<EventMessage<?>> batch = List.of(event("e-1", 0, BigDecimal.TEN), poison, event("e-3", 0,
                BigDecimal.TWO), behind);

        List<Boolean> failed = handleUntilDone(batch, this::write, 6);

        assertThat(failed).as("the batch, then the poison event alone three times").containsExactly(true, true, true,
                false);
        assertThat(indicators.find().map(d -> d.getString("_id")).into(new ArrayList<>()))
                .containsExactlyInAnyOrder("e-1", "e-3");
        List<DeadLetters.DeadLetter> letters = deadLetters.list();
        assertThat(letters).extracting(DeadLetters.DeadLetter::eventId)
                .containsExactly(poison.getIdentifier(), behind.getIdentifier());
        assertThat(letters.get(0).error()).contains("Decimal128");
        assertThat(letters.get(0).attempts()).isEqualTo(3);
        assertThat(letters.get(0).payload()).contains("1E+7000");
        assertThat(letters.get(1).blockedBy()).isEqualTo(poison.getIdentifier());
        assertThat(deadLetters.count(PROCESSOR)).isEqualTo(2);
    }

    @Test
    void after_a_restart_the_record_of_a_poison_event_still_waits_behind_it() throws Exception {
        handleUntilDone(List.of(event("e-4", 0, UNWRITABLE)), this::write, 6);

        DeadLetters restarted = new DeadLetters(database, new ObjectMapper(), 3);
        assertThat(restarted.count(PROCESSOR)).isOne();
        List<Boolean> failed = handleUntilDone(List.of(event("e-4", 1, BigDecimal.ONE)), this::write, 1, restarted);

        assertThat(failed).containsExactly(false);
        assertThat(indicators.countDocuments()).isZero();
        assertThat(restarted.count(PROCESSOR)).isEqualTo(2);
    }

    @Test
    void an_outage_is_retried_for_as_long_as_it_lasts_and_sets_nothing_aside() throws Exception {
        List<Boolean> failed = handleUntilDone(List.of(event("e-5", 0, BigDecimal.ONE)), message -> {
            throw new MongoSocketException("connection refused", new ServerAddress("127.0.0.1", 27027));
        }, 8);

        assertThat(failed).hasSize(8).containsOnly(true);
        assertThat(deadLetters.list()).isEmpty();
    }

    @Test
    void a_poison_event_handled_after_a_fix_leaves_the_dead_letters_with_the_events_behind_it() throws Exception {
        EventMessage<?> poison = event("e-6", 0, UNWRITABLE);
        EventMessage<?> behind = event("e-6", 1, BigDecimal.ONE);
        handleUntilDone(List.of(poison, behind), this::write, 6);
        assertThat(deadLetters.count(PROCESSOR)).isEqualTo(2);

        List<Boolean> replayed = handleUntilDone(List.of(poison, behind), message -> {
            GenericDomainEventMessage<?> event = (GenericDomainEventMessage<?>) message;
            return documents.apply(event.getAggregateIdentifier(), event.getSequenceNumber(),
                    d -> d.append("value", ((Measured) event.getPayload()).value().toString()));
        }, 1);

        assertThat(replayed).containsExactly(false);
        assertThat(deadLetters.list()).isEmpty();
        assertThat(indicators.find().first()).containsEntry("value", "1").containsEntry(VersionedDocuments.VERSION, 1L);
    }

    /** Each event of a record measures in a field of its own: a later event does not overwrite an earlier one's. */
    private Object write(EventMessage<?> message) {
        GenericDomainEventMessage<?> event = (GenericDomainEventMessage<?>) message;
        return documents.apply(event.getAggregateIdentifier(), event.getSequenceNumber(),
                d -> d.append("value" + event.getSequenceNumber(), ((Measured) event.getPayload()).value()));
    }

    private List<Boolean> handleUntilDone(List<EventMessage<?>> batch, MessageHandler<EventMessage<?>> handler,
                                          int times) throws Exception {
        return handleUntilDone(batch, handler, times, deadLetters);
    }

    /** Handles the batch until it succeeds, at most {@code times}: whether each attempt failed. */
    private static List<Boolean> handleUntilDone(List<EventMessage<?>> batch,
                                                 MessageHandler<EventMessage<?>> handler, int times,
                                                 DeadLetters deadLetters) throws Exception {
        List<Boolean> failed = new ArrayList<>();
        for (int attempt = 0; attempt < times && !(failed.size() > 0 && !failed.getLast()); attempt++) {
            BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
            ResultMessage<?> result = unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork,
                    List.of(new ReadModelBatch(PROCESSOR, deadLetters)), handler).proceed());
            failed.add(result.isExceptional());
        }
        return failed;
    }

    private static EventMessage<?> event(String recordId, long sequence, BigDecimal value) {
        return new GenericDomainEventMessage<>("Evaluation", recordId, sequence, new Measured("Tỷ lệ hộ nghèo", value));
    }
}
