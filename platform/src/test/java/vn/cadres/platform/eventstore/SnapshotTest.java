package vn.cadres.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.Map;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadres.platform.testing.MongoWire;

class SnapshotTest {

    private MongoEventStorageEngine engine;
    private Configuration axon;

    @BeforeEach
    void store() {
        MongoDatabase database = MongoWire.shared().freshDatabase();
        EventCodec codec = new EventCodec(List.of(Tally.Opened.class, Tally.Marked.class));
        engine = new MongoEventStorageEngine(new EventLog(database, 100, 10_000), new EnvelopeMessages(codec),
                new EventStoreAutoConfiguration().serializer(), database, 100);
    }

    @AfterEach
    void stop() {
        if (axon != null) {
            axon.shutdown();
        }
    }

    @Test
    void the_newest_snapshot_is_kept_and_an_older_one_never_replaces_it() {
        engine.storeSnapshot(snapshot("t-1", 9, 9));
        engine.storeSnapshot(snapshot("t-1", 4, 4));

        DomainEventMessage<?> kept = engine.readSnapshot("t-1").orElseThrow();
        assertThat(kept.getSequenceNumber()).isEqualTo(9);
        assertThat(kept.getPayload()).isInstanceOf(Tally.class).extracting("total").isEqualTo(9);
    }

    @Test
    void a_record_without_a_snapshot_has_none() {
        assertThat(engine.readSnapshot("never-snapshotted")).isEmpty();
    }

    @Test
    void an_aggregate_is_snapshotted_every_five_events_and_reloads_from_the_snapshot_and_what_followed() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> engine)
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Tally.class)
                        .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), 5)))
                .start();

        axon.commandGateway().sendAndWait(new Tally.Open("t-2"));
        for (int i = 0; i < 12; i++) {
            axon.commandGateway().sendAndWait(new Tally.Mark("t-2"));
        }

        DomainEventMessage<?> snapshot = engine.readSnapshot("t-2").orElseThrow();
        assertThat(snapshot.getSequenceNumber()).isBetween(5L, 12L);
        assertThat(engine.readEvents("t-2", snapshot.getSequenceNumber() + 1).asStream().count())
                .as("events after the snapshot").isEqualTo(12 - snapshot.getSequenceNumber());
        int total = axon.commandGateway().sendAndWait(new Tally.Count("t-2"));
        assertThat(total).isEqualTo(12);
    }

    private static DomainEventMessage<Tally> snapshot(String id, long sequence, int total) {
        Tally state = new Tally();
        state.on(new Tally.Opened(id));
        state.on(new Tally.Marked(id, total));
        return new GenericDomainEventMessage<>("Tally", id, sequence, state, Map.of());
    }
}
