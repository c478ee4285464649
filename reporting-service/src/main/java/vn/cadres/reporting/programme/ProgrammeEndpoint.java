package vn.cadres.reporting.programme;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.domain.NotFoundException;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;
import vn.cadres.reporting.Names;

/**
 * The rotation programme as dashboards read it: {@code GET /api/reports/programme?province=&from=&to=}
 * the statistics (a province's, or the country's without one); {@code GET
 * /api/reports/rotations?province=&status=&movement=&kind=} the rotations with names ({@code
 * status=OVERDUE}: running past their planned end today); {@code GET
 * /api/reports/rotations/{id}} one rotation's before / during / after assessment.
 */
@RestController
public class ProgrammeEndpoint {

    private final Programme programme;
    private final Names names;

    ProgrammeEndpoint(Programme programme, Names names) {
        this.programme = programme;
        this.names = names;
    }

    @AllowedRoles({Role.OFFICE, Role.AUDITOR, Role.VIEWER})
    @GetMapping("/api/reports/programme")
    Programme.Statistics statistics(@RequestParam(required = false) ProvinceCode province,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    ActingOffice office) {
        return programme.statistics(ProvinceAccess.readScope(office, province), from, to);
    }

    @AllowedRoles({Role.OFFICE, Role.AUDITOR, Role.VIEWER})
    @GetMapping("/api/reports/rotations")
    public List<Document> rotations(@RequestParam(required = false) ProvinceCode province,
                             @RequestParam(required = false) String status,
                             @RequestParam(required = false) String movement,
                             @RequestParam(required = false) String kind, ActingOffice office) {
        Map<String, String> filters = new LinkedHashMap<>();
        putIfGiven(filters, "status", status);
        putIfGiven(filters, "movement", movement);
        putIfGiven(filters, "kind", kind);
        return named(programme.rotations(ProvinceAccess.readScope(office, province), filters));
    }

    @AllowedRoles({Role.OFFICE, Role.AUDITOR, Role.VIEWER})
    @GetMapping("/api/reports/rotations/{rotationId}")
    Programme.Assessment assessment(@PathVariable String rotationId, ActingOffice office) {
        Document rotation = programme.rotation(rotationId).orElseThrow(() -> new NotFoundException("rotation",
                rotationId));
        ProvinceAccess.readScope(office, ProvinceCode.of(rotation.getString("province")));
        return programme.assessment(named(List.of(rotation)).getFirst());
    }

    /** The rotations with the cadre's name and the units' names added. */
    private List<Document> named(List<Document> rotations) {
        Set<String> cadres = new HashSet<>();
        Set<String> units = new HashSet<>();
        rotations.forEach(r -> {
            cadres.add(r.getString("cadreId"));
            units.add(r.getString("fromUnitId"));
            units.add(r.getString("toUnitId"));
        });
        Map<String, String> cadreNames = names.cadres(cadres);
        Map<String, String> unitNames = names.units(units);
        return rotations.stream().map(r -> new Document(r).append("rotationId", r.getString("_id"))
                .append("cadreName", cadreNames.get(r.getString("cadreId")))
                .append("fromUnitName", unitNames.get(r.getString("fromUnitId")))
                .append("toUnitName", unitNames.get(r.getString("toUnitId")))).toList();
    }

    private static void putIfGiven(Map<String, String> filters, String field, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(field, value.strip().toUpperCase(Locale.ROOT));
        }
    }
}
