package vn.cadres.rotation;

import org.springframework.stereotype.Component;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.history.RecordHistory;
import vn.cadres.platform.history.Records;

/** The rotations in this service's store, each rebuilt from its own events, and the commands about them. */
@Component
public class RotationRecords extends Records<RotationState> {

    RotationRecords(RecordHistory history, CommandSender commands) {
        super(history, commands, "rotation", RotationState::replay, RotationState::province);
    }
}
