package vn.cadres.cadre.profile.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.cadres.cadre.profile.view.TimelineEntry.UnitName;
import vn.cadres.cadre.unit.view.Units;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.platform.eventstore.EventCodec;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.time.EffectiveDates;

/**
 * A cadre's career timeline (quá trình công tác), built from the record's own events in order of
 * effective date, since offices back-fill moves years after they happened. The decision, post and
 * unit are read by their published field names rather than per event class, so events of other
 * use cases (succession planning) appear without this code knowing them; a type this service
 * cannot read is left out rather than failing the whole timeline.
 */
@Component
class CareerTimeline {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final EventLog log;
    private final EventCodec codec;
    private final Units units;
    private final Clock clock;

    CareerTimeline(EventLog log, EventCodec codec, Units units, Clock clock) {
        this.log = log;
        this.codec = codec;
        this.units = units;
        this.clock = clock;
    }

    List<TimelineEntry> of(String cadreId) {
        LocalDate today = EffectiveDates.today(clock);
        return log.readAggregate(cadreId, 0).stream()
                .filter(event -> codec.classOf(event.type()).isPresent())
                .sorted(Comparator.comparing(EventEnvelope::effectiveDate))
                .map(event -> entry(event, today))
                .toList();
    }

    private TimelineEntry entry(EventEnvelope event, LocalDate today) {
        Map<String, Object> details = fieldsOf(event);
        String unitId = details.get("unitId") instanceof String id ? id : null;
        return new TimelineEntry(event.effectiveDate(), event.type(), event.recordedAt(), event.office(),
                decisionOf(details), details.get("post") instanceof String post ? post : null,
                unitId == null ? null : namedOn(unitId, event.effectiveDate()),
                unitId == null ? null : continuedOn(unitId, today), details);
    }

    private Decision decisionOf(Map<String, Object> details) {
        if (details.get("decision") instanceof Map<?, ?> decision) {
            return mapper().convertValue(decision, Decision.class);
        }
        return details.get("decisionNumber") instanceof String number ? new Decision(number, null, null) : null;
    }

    private UnitName namedOn(String unitId, LocalDate date) {
        return new UnitName(unitId, units.find(unitId).map(unit -> unit.nameOn(date)).orElse(null));
    }

    private UnitName continuedOn(String unitId, LocalDate today) {
        return units.find(unitId).map(units::continuing)
                .map(unit -> new UnitName(unit.unitId(), unit.nameOn(today)))
                .orElse(new UnitName(unitId, null));
    }

    private Map<String, Object> fieldsOf(EventEnvelope event) {
        try {
            return mapper().readValue(event.payload(), FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + event.type() + " " + event.eventId() + " is not JSON", e);
        }
    }

    private ObjectMapper mapper() {
        return codec.mapper();
    }
}
