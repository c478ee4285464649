package vn.cadres.cadre.profile.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.cadres.cadre.profile.CadreProfile;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.platform.eventstore.EventCodec;
import vn.cadres.platform.eventstore.EventLog;

/**
 * A cadre's profile as it stood on a past date, rebuilt from the record's own events rather than
 * the read model: an auditor asking "what was true on date D" gets the facts in effect that day,
 * however late they were entered, and a later correction does not rewrite the past.
 */
@Component
class ProfileHistory {

    private final EventLog log;
    private final EventCodec codec;

    ProfileHistory(EventLog log, EventCodec codec) {
        this.log = log;
        this.codec = codec;
    }

    /** Empty when the cadre does not exist or had not yet come under management on {@code asOf}. */
    Optional<CadreProfile> asOf(String cadreId, LocalDate asOf) {
        List<Object> events = log.readAggregate(cadreId, 0).stream()
                .filter(event -> !event.effectiveDate().isAfter(asOf))
                .map(event -> codec.fromJson(event.type(), event.payload()))
                .toList();
        return events.isEmpty() || !(events.getFirst() instanceof CadreRegistered)
                ? Optional.empty() : Optional.of(CadreProfile.replay(events));
    }
}
