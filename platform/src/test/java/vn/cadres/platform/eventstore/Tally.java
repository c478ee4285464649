package vn.cadres.platform.eventstore;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.contracts.EventType;

/** The smallest aggregate with a history long enough to snapshot: a tally of marks. */
class Tally {

    record Open(String id) {
    }

    record Mark(@TargetAggregateIdentifier String id) {
    }

    record Count(@TargetAggregateIdentifier String id) {
    }

    @EventType("test.TallyOpened")
    record Opened(String id) {
    }

    @EventType("test.TallyMarked")
    record Marked(String id, int total) {
    }

    @AggregateIdentifier
    private String id;
    private int total;

    Tally() {
    }

    @CommandHandler
    Tally(Open command) {
        apply(new Opened(command.id()));
    }

    @CommandHandler
    int handle(Mark command) {
        apply(new Marked(id, total + 1));
        return total;
    }

    @CommandHandler
    int handle(Count command) {
        return total;
    }

    @EventSourcingHandler
    void on(Opened event) {
        id = event.id();
    }

    @EventSourcingHandler
    void on(Marked event) {
        total = event.total();
    }
}
