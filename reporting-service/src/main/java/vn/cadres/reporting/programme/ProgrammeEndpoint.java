package vn.cadres.reporting.programme;

import java.time.LocalDate;
import java.util.List;
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
import vn.cadres.reporting.table.Page;
import vn.cadres.reporting.table.PageRequest;

/**
 * The rotation programme as dashboards read it: {@code GET /api/reports/programme?province=&from=&to=}
 * the statistics (a province's, or the country's without one); {@code GET
 * /api/reports/rotations?province=&status=&movement=&kind=&blocCrossing=&unitId=&from=&to=&q=&page=&size=&sort=}
 * a page of the rotations with names ({@code status=OVERDUE}: running past their planned end today;
 * {@code unitId} either end; {@code from}/{@code to} a period the term overlaps; {@code q} a name,
 * diacritics or not; {@code sort} one of {@link RotationTable#COLUMNS}, {@code -} for descending); {@code GET
 * /api/reports/rotations/{id}} one rotation's before / during / after assessment.
 */
@RestController
public class ProgrammeEndpoint {

    private final Programme programme;
    private final RotationTable table;

    ProgrammeEndpoint(Programme programme, RotationTable table) {
        this.programme = programme;
        this.table = table;
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
    Page<Document> rotations(@RequestParam(required = false) ProvinceCode province,
                             @RequestParam(required = false) String status,
                             @RequestParam(required = false) String movement,
                             @RequestParam(required = false) String kind,
                             @RequestParam(required = false) Boolean blocCrossing,
                             @RequestParam(required = false) String unitId,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(required = false) String q,
                             @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size,
                             @RequestParam(required = false) String sort, ActingOffice office) {
        RotationFilter filter = RotationFilter.of(ProvinceAccess.readScope(office, province), status, movement, kind,
                blocCrossing, unitId, from, to, q);
        return table.page(filter, PageRequest.of(page, size, sort, RotationTable.COLUMNS));
    }

    @AllowedRoles({Role.OFFICE, Role.AUDITOR, Role.VIEWER})
    @GetMapping("/api/reports/rotations/{rotationId}")
    Programme.Assessment assessment(@PathVariable String rotationId, ActingOffice office) {
        Document rotation = programme.rotation(rotationId).orElseThrow(() -> new NotFoundException("rotation",
                rotationId));
        ProvinceAccess.readScope(office, ProvinceCode.of(rotation.getString("province")));
        return programme.assessment(table.named(List.of(rotation)).getFirst());
    }
}
