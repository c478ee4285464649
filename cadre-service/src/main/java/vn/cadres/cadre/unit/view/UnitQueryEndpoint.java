package vn.cadres.cadre.unit.view;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.unit.Level;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;
import vn.cadres.platform.time.EffectiveDates;

/**
 * Reading units: one unit as named on a date, the unit that continues it today, and the units of
 * a province. A provincial office reads its own province; viewers, auditors and administrators any.
 */
@RestController
class UnitQueryEndpoint {

    private final Units units;
    private final ProvinceAccess access;
    private final Clock clock;

    UnitQueryEndpoint(Units units, ProvinceAccess access, Clock clock) {
        this.units = units;
        this.access = access;
        this.clock = clock;
    }

    /** {@code GET /api/units/{id}?asOf=}: a record from 2014 shows the unit under its 2014 name. */
    @AllowedRoles({Role.OFFICE, Role.AUDITOR, Role.VIEWER})
    @GetMapping("/api/units/{unitId}")
    UnitOnDate onDate(@PathVariable String unitId,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                      ActingOffice office) {
        UnitView unit = readable(unitId, office);
        return UnitOnDate.of(unit, asOf != null ? asOf : today());
    }

    /**
     * {@code GET /api/units/{id}/today}: follows the successor links to the unit that continues this
     * one now, so a record that named a merged commune is shown under today's commune.
     */
    @AllowedRoles({Role.OFFICE, Role.AUDITOR, Role.VIEWER})
    @GetMapping("/api/units/{unitId}/today")
    UnitOnDate today(@PathVariable String unitId, ActingOffice office) {
        UnitView today = units.continuing(readable(unitId, office));
        access.requireRead(office, today.province());
        return UnitOnDate.of(today, today());
    }

    /** {@code GET /api/units?province=&level=}: an office that names no province sees its own. */
    @AllowedRoles({Role.OFFICE, Role.AUDITOR, Role.VIEWER})
    @GetMapping("/api/units")
    List<UnitOnDate> list(@RequestParam(required = false) ProvinceCode province,
                          @RequestParam(required = false) Level level, ActingOffice office) {
        ProvinceCode shown = ProvinceAccess.readScope(office, province);
        LocalDate today = today();
        return units.list(shown, level).stream().map(unit -> UnitOnDate.of(unit, today)).toList();
    }

    private UnitView readable(String unitId, ActingOffice office) {
        UnitView unit = units.get(unitId);
        access.requireRead(office, unit.province());
        return unit;
    }

    private LocalDate today() {
        return EffectiveDates.today(clock);
    }
}
