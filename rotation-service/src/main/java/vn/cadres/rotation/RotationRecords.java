package vn.cadres.rotation;

import org.springframework.stereotype.Component;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.history.RecordHistory;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.web.NotFoundException;

/**
 * A rotation's record in this service's store: its state rebuilt from its own events, never from the
 * read model, so a command sent right after another sees it, and the commands about it, sent on
 * behalf of the office of the province the rotation belongs to.
 */
@Component
public class RotationRecords {

    private final RecordHistory history;
    private final CommandSender commands;

    RotationRecords(RecordHistory history, CommandSender commands) {
        this.history = history;
        this.commands = commands;
    }

    /** @throws NotFoundException (404) when no rotation has this id */
    public RotationState get(String rotationId) {
        return RotationState.replay(history.payloads(history.of("rotation", rotationId)));
    }

    /** Sends {@code command} about {@code rotation} if {@code office} may write its province's records. */
    public <R> R send(ActingOffice office, RotationState rotation, Object command) {
        return commands.send(office, rotation.province(), command);
    }
}
