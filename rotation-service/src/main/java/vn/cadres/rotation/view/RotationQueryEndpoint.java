package vn.cadres.rotation.view;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.domain.InvalidInput;
import vn.cadres.platform.history.AsOf;
import vn.cadres.platform.history.RecordHistory;
import vn.cadres.platform.history.TimelineEntry;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;
import vn.cadres.platform.time.EffectiveDates;
import vn.cadres.rotation.RotationRecords;
import vn.cadres.rotation.RotationState;
import vn.cadres.rotation.RotationStatus;
import vn.cadres.rotation.cadres.KnownCadres;
import vn.cadres.rotation.units.KnownUnits;

/**
 * Rotations as offices, auditors and dashboards read them: {@code GET /api/rotations/{id}}, one
 * rotation rebuilt from its own events with its full timeline and flags, now or as it stood
 * ({@code asOf=yyyy-MM-dd}, {@code recordedAt=} an instant); {@code GET
 * /api/rotations?cadreId=} a cadre's rotations; {@code GET /api/rotations?province=&status=} a
 * province's rotations, of one status ({@code ACTIVE}, {@code ENDED_EARLY} ...) or {@code OVERDUE}.
 */
@RestController
class RotationQueryEndpoint {

    private static final String OVERDUE = "OVERDUE";
    private final RecordHistory history;
    private final RotationRecords records;
    private final Rotations rotations;
    private final KnownCadres cadres;
    private final KnownUnits units;
    private final ProvinceAccess access;
    private final Clock clock;

    RotationQueryEndpoint(RecordHistory history, RotationRecords records, Rotations rotations, KnownCadres cadres, KnownUnits units,
                          ProvinceAccess access, Clock clock) {
        this.history = history;
        this.records = records;
        this.rotations = rotations;
        this.cadres = cadres;
        this.units = units;
        this.access = access;
        this.clock = clock;
    }

    /**
     * @param asOf       the rotation as it stood on this date, from the facts taking effect by then,
     *                   overdue or not on that date
     * @param recordedAt the rotation as the records said at this instant, later entries left out
     */
    @AllowedRoles({Role.OFFICE, Role.AUDITOR})
    @GetMapping("/api/rotations/{rotationId}")
    RotationDetails rotation(@PathVariable String rotationId,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant recordedAt,
                             ActingOffice office) {
        List<EventEnvelope> events = records.events(rotationId, new AsOf(asOf, recordedAt));
        RotationState rotation = records.stateAfter(events);
        access.requireRead(office, rotation.province());
        return named(List.of(rotation), history.timeline(events), EffectiveDates.orToday(asOf, clock)).getFirst();
    }

    /**
     * @param status a {@link RotationStatus}, or {@code OVERDUE} for running rotations past their
     *               planned end today in Vietnam, flagged by the daily deadline yet or not
     */
    @AllowedRoles({Role.OFFICE, Role.AUDITOR})
    @GetMapping("/api/rotations")
    List<RotationDetails> rotations(@RequestParam(required = false) String cadreId,
                                    @RequestParam(required = false) ProvinceCode province,
                                    @RequestParam(required = false) String status, ActingOffice office) {
        LocalDate today = EffectiveDates.orToday(null, clock);
        if (cadreId != null) {
            access.requireRead(office, cadres.get(cadreId).province());
            return named(rotations.ofCadre(cadreId), null, today);
        }
        if (province == null) {
            throw InvalidInput.of("province", "name a province or a cadreId");
        }
        access.requireRead(office, province);
        return named(OVERDUE.equalsIgnoreCase(status) ? rotations.overdueOfProvince(province, today)
                : rotations.ofProvince(province, status(status)), null, today);
    }

    private static RotationStatus status(String status) {
        if (status == null) {
            return null;
        }
        return Stream.of(RotationStatus.values()).filter(s -> s.name().equalsIgnoreCase(status)).findFirst()
                .orElseThrow(() -> InvalidInput.of("status", "one of " + List.of(RotationStatus.values())
                        + " or " + OVERDUE));
    }

    /** The rotations with their cadres' and units' names, read in one query each, overdue or not on {@code today}. */
    private List<RotationDetails> named(List<RotationState> found, List<TimelineEntry> timeline, LocalDate today) {
        Set<String> unitIds = new HashSet<>();
        found.forEach(r -> unitIds.addAll(List.of(r.from().unitId(), r.to().unitId())));
        Map<String, String> unitNames = units.names(unitIds);
        Map<String, String> cadreNames = cadres.names(found.stream().map(RotationState::cadreId).toList());
        return found.stream().map(r -> RotationDetails.of(r, cadreNames.get(r.cadreId()), unitNames, timeline,
                        today))
                .toList();
    }
}
