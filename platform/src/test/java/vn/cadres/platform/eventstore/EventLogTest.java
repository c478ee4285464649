package vn.cadres.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.platform.testing.MongoWire;

class EventLogTest {

    private MongoDatabase database;
    private EventLog log;

    @BeforeEach
    void freshStore() {
        database = MongoWire.shared().freshDatabase();
        log = new EventLog(database, 100, 10_000);
    }

    @Test
    void a_record_reads_back_in_order_with_an_intact_hash_chain() {
        log.append(List.of(Envelopes.commit("cadre-1", 0, 1)));
        log.append(List.of(Envelopes.commit("cadre-1", 1, 3)));
        log.append(List.of(Envelopes.commit("cadre-1", 4, 1)));

        List<EventEnvelope> history = log.readAggregate("cadre-1", 0);

        assertThat(history).extracting(EventEnvelope::sequence).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(history.getFirst().previousHash()).isNull();
        for (int i = 0; i < history.size(); i++) {
            String previous = i == 0 ? null : history.get(i - 1).hash();
            assertThat(HashChain.isIntact(history.get(i), previous)).as("link %d", i).isTrue();
        }
        assertThat(log.readAggregate("cadre-1", 2)).extracting(EventEnvelope::sequence).containsExactly(2L, 3L, 4L);
    }

    @Test
    void a_long_history_is_read_across_several_lookup_windows() {
        for (long sequence = 0; sequence < 450; sequence++) {
            log.append(List.of(Envelopes.commit("busy", sequence, 1)));
        }

        assertThat(log.readAggregate("busy", 0)).hasSize(450);
        assertThat(log.readAggregate("busy", 420)).extracting(EventEnvelope::sequence).startsWith(420L).hasSize(30);
    }

    @Test
    void an_event_stored_at_a_taken_sequence_is_refused() {
        log.append(List.of(Envelopes.commit("cadre-1", 0, 2)));

        assertThatThrownBy(() -> log.append(List.of(Envelopes.commit("cadre-1", 0, 1))))
                .isInstanceOf(SequenceAlreadyTaken.class);
        assertThat(log.readAggregate("cadre-1", 0)).hasSize(2);
    }

    @Test
    void of_writers_racing_for_the_same_sequence_exactly_one_wins() throws Exception {
        log.append(List.of(Envelopes.commit("contested", 0, 1)));
        int writers = 16;
        for (long sequence = 1; sequence <= 10; sequence++) {
            assertThat(race(writers, sequence)).as("winners of sequence %d", sequence).isEqualTo(1);
        }
        List<EventEnvelope> history = log.readAggregate("contested", 0);
        assertThat(history).extracting(EventEnvelope::sequence).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L,
                9L, 10L);
    }

    private int race(int writers, long sequence) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger winners = new AtomicInteger();
        List<Future<?>> attempts = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            attempts.add(pool.submit((Callable<Void>) () -> {
                start.await();
                try {
                    log.append(List.of(Envelopes.commit("contested", sequence, 1)));
                    winners.incrementAndGet();
                } catch (SequenceAlreadyTaken expected) {
                    // lost the race
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> attempt : attempts) {
            attempt.get();
        }
        pool.shutdown();
        return winners.get();
    }

    @Test
    void the_global_stream_gives_every_event_once_in_order() {
        log.append(List.of(Envelopes.commit("a", 0, 2), Envelopes.commit("b", 0, 1)));
        log.append(List.of(Envelopes.commit("a", 2, 1)));

        List<TrackedEnvelope> all = readToEnd(null);

        assertThat(all).extracting(t -> t.event().globalIndex()).containsExactly(0L, 1L, 2L, 3L);
        assertThat(all).extracting(t -> t.event().aggregateId() + "/" + t.event().sequence())
                .containsExactly("a/0", "a/1", "b/0", "a/2");
        assertThat(log.readFrom(all.getLast().token(), 10)).isEmpty();
    }

    @Test
    void positions_left_by_a_writer_that_died_are_skipped_and_remembered_as_gaps() {
        log.append(List.of(Envelopes.commit("a", 0, 1)));
        allocateWithoutWriting(3);
        log.append(List.of(Envelopes.commit("b", 0, 1)));

        List<TrackedEnvelope> all = readToEnd(null);

        assertThat(all).extracting(t -> t.event().globalIndex()).containsExactly(0L, 4L);
        assertThat(all.getLast().token().getGaps()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void a_slow_writer_that_fills_a_gap_late_is_still_read() {
        log.append(List.of(Envelopes.commit("a", 0, 1)));
        allocateWithoutWriting(1);
        log.append(List.of(Envelopes.commit("b", 0, 1)));
        GapAwareTrackingToken reached = readToEnd(null).getLast().token();
        assertThat(reached.getGaps()).containsExactly(1L);

        writeLate(Envelopes.event("slow", 0).withGlobalIndex(1));

        List<TrackedEnvelope> late = log.readFrom(reached, 10);
        assertThat(late).extracting(t -> t.event().aggregateId()).containsExactly("slow");
        assertThat(late.getLast().token().getGaps()).isEmpty();
        assertThat(late.getLast().token().getIndex()).isEqualTo(2L);
    }

    @Test
    void lookup_windows_holding_only_dead_positions_are_passed_over() {
        log.append(List.of(Envelopes.commit("a", 0, 1)));
        allocateWithoutWriting(350);
        log.append(List.of(Envelopes.commit("b", 0, 1)));

        List<TrackedEnvelope> all = readToEnd(null);

        assertThat(all).extracting(t -> t.event().aggregateId()).containsExactly("a", "b");
        assertThat(all.getLast().token().getIndex()).isEqualTo(351L);
    }

    @Test
    void a_reader_finds_what_another_instance_appended_beyond_the_head_it_knows() {
        EventLog otherInstance = new EventLog(database, 100, 10_000);
        log.append(List.of(Envelopes.commit("a", 0, 1)));
        GapAwareTrackingToken reached = readToEnd(null).getLast().token();
        for (long sequence = 0; sequence < 250; sequence++) {
            otherInstance.append(List.of(Envelopes.commit("elsewhere", sequence, 1)));
        }
        otherInstance.append(List.of(Envelopes.commit("burst", 0, 120)));

        List<TrackedEnvelope> rest = readToEnd(reached);

        assertThat(rest).extracting(t -> t.event().globalIndex())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 370).boxed().toList());
    }

    private List<TrackedEnvelope> readToEnd(GapAwareTrackingToken from) {
        List<TrackedEnvelope> all = new ArrayList<>();
        GapAwareTrackingToken position = from;
        List<TrackedEnvelope> batch;
        while (!(batch = log.readFrom(position, 100)).isEmpty()) {
            all.addAll(batch);
            position = batch.getLast().token();
        }
        return all;
    }

    private void allocateWithoutWriting(int positions) {
        database.getCollection(EventLog.COUNTERS).updateOne(Filters.eq("_id", "positions"),
                Updates.inc("allocated", (long) positions));
    }

    private void writeLate(EventEnvelope event) {
        EventEnvelope chained = event.chainedTo(null, HashChain.hashOf(event, null));
        database.getCollection(EventLog.COMMITS).insertOne(CommitDocuments.toDocument(List.of(chained)));
    }
}
