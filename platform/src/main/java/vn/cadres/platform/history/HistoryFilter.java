package vn.cadres.platform.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.ProvinceCode;

/**
 * Which events of the store an auditor asks for: recorded within a time range, of some types, of
 * one province's records, taking effect within a range of dates. A null bound or an empty set
 * does not filter.
 *
 * @param recordedFrom  recorded at or after this instant
 * @param recordedTo    recorded before this instant
 * @param types         wire names without revision ({@code rotation.CadreRotated})
 * @param province      the province whose office recorded the event
 * @param effectiveFrom taking effect on or after this date
 * @param effectiveTo   taking effect on or before this date
 */
public record HistoryFilter(Instant recordedFrom, Instant recordedTo, Set<String> types, ProvinceCode province,
                            LocalDate effectiveFrom, LocalDate effectiveTo) {

    public HistoryFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    public boolean matches(EventEnvelope event) {
        return (recordedFrom == null || !event.recordedAt().isBefore(recordedFrom))
                && (recordedTo == null || event.recordedAt().isBefore(recordedTo))
                && (types.isEmpty() || types.contains(event.type()))
                && (province == null || province.value().equals(event.office()))
                && (effectiveFrom == null || !event.effectiveDate().isBefore(effectiveFrom))
                && (effectiveTo == null || !event.effectiveDate().isAfter(effectiveTo));
    }
}
