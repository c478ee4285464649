package vn.cadres.cadre.profile.view;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.cadres.cadre.profile.CadreProfile;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.platform.domain.NotFoundException;
import vn.cadres.platform.history.AsOf;
import vn.cadres.platform.history.RecordHistory;

/**
 * A cadre's profile as it stood, rebuilt from the record's own events rather than the read model:
 * an auditor asking "what was true on date D" gets the facts in effect that day, however late they
 * were entered, and a later correction does not rewrite the past; asking "what did the records say
 * at time T" leaves out whatever was entered after T.
 */
@Component
class ProfileHistory {

    private final RecordHistory history;

    ProfileHistory(RecordHistory history) {
        this.history = history;
    }

    /** Empty when the cadre does not exist or had not yet come under management then. */
    Optional<CadreProfile> asOf(String cadreId, AsOf when) {
        try {
            List<Object> events = history.payloads(history.of("cadre", cadreId, when));
            return events.getFirst() instanceof CadreRegistered
                    ? Optional.of(CadreProfile.replay(events)) : Optional.empty();
        } catch (NotFoundException notThen) {
            return Optional.empty();
        }
    }
}
