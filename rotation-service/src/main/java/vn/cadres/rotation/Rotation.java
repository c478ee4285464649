package vn.cadres.rotation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.cadres.contracts.rotation.RotationProposed;
import vn.cadres.platform.web.InvalidInput;
import vn.cadres.rotation.propose.ProposeRotation;

/**
 * A rotation (luân chuyển): one cadre's planned term at another unit, to train and test them.
 * Decides on commands about the rotation and keeps only the state those decisions need.
 */
@Aggregate
public class Rotation {

    @AggregateIdentifier
    private String rotationId;

    protected Rotation() {
        // for event sourcing
    }

    @CommandHandler
    public Rotation(ProposeRotation command) {
        if (!command.plannedEnd().isAfter(command.plannedStart())) {
            throw InvalidInput.of("plannedEnd", "a rotation's planned term ends after it starts");
        }
        if (command.fromUnit().equalsIgnoreCase(command.toUnit())) {
            throw InvalidInput.of("toUnit", "a rotation moves the cadre to another unit");
        }
        apply(new RotationProposed(command.rotationId(), command.cadreId(), command.province(), command.fromUnit(),
                command.toUnit(), command.plannedStart(), command.plannedEnd(), command.effectiveDate()));
    }

    @EventSourcingHandler
    void on(RotationProposed event) {
        rotationId = event.rotationId();
    }
}
