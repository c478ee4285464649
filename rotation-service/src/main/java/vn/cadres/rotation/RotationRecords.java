package vn.cadres.rotation;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.eventstore.EventCodec;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.web.NotFoundException;

/**
 * A rotation's record in this service's store: its state rebuilt from its own events, never from the
 * read model, so a command sent right after another sees it, and the commands about it, sent on
 * behalf of the office of the province the rotation belongs to.
 */
@Component
public class RotationRecords {

    private final EventLog log;
    private final EventCodec codec;
    private final CommandSender commands;

    RotationRecords(EventLog log, EventCodec codec, CommandSender commands) {
        this.log = log;
        this.codec = codec;
        this.commands = commands;
    }

    /** @throws NotFoundException (404) when no rotation has this id */
    public RotationState get(String rotationId) {
        return RotationState.replay(history(rotationId).stream()
                .map(event -> codec.fromJson(event.type(), event.payload())).toList());
    }

    /** The rotation's events in the order they were recorded. */
    public List<EventEnvelope> history(String rotationId) {
        List<EventEnvelope> events = log.readAggregate(rotationId, 0);
        if (events.isEmpty()) {
            throw new NotFoundException("rotation", rotationId);
        }
        return events;
    }

    /** Sends {@code command} about {@code rotation} if {@code office} may write its province's records. */
    public <R> R send(ActingOffice office, RotationState rotation, Object command) {
        return commands.send(office, rotation.province(), command);
    }
}
