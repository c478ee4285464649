package vn.cadres.reporting.roster;

import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;
import vn.cadres.reporting.table.Page;
import vn.cadres.reporting.table.PageRequest;
import vn.cadres.reporting.table.PersonalDetails;

/**
 * {@code GET /api/reports/cadres?province=&q=&page=&size=&sort=}: the roster, by province, a page at
 * a time, names in Vietnamese order ({@code sort}: name, managedSince, birthDate; {@code q} a name
 * typed with or without diacritics). A provincial office sees its own province; auditors and
 * viewers any. A viewer (the Standing Committee's dashboards) sees who is on it, not their personal
 * details: no birth date, nor an order by it.
 */
@RestController
public class CadreRosterEndpoint {

    private final Roster roster;

    CadreRosterEndpoint(Roster roster) {
        this.roster = roster;
    }

    public record RosterEntry(String cadreId, String fullName, String gender, String birthDate, String province,
                              String managedSince) {
    }

    @AllowedRoles({Role.OFFICE, Role.AUDITOR, Role.VIEWER})
    @GetMapping("/api/reports/cadres")
    Page<RosterEntry> roster(@RequestParam(required = false) ProvinceCode province,
                             @RequestParam(required = false) String q,
                             @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size,
                             @RequestParam(required = false) String sort, ActingOffice office) {
        ProvinceCode shown = ProvinceAccess.readScope(office, province);
        boolean personal = PersonalDetails.shownTo(office);
        Page<Document> found = roster.page(shown, q, PageRequest.of(page, size, sort, PersonalDetails.sortable(Roster.COLUMNS, personal)));
        return new Page<>(found.items().stream().map(d -> entry(d, personal)).toList(), found.page(), found.size(),
                found.total());
    }

    public static RosterEntry entry(Document d, boolean personal) {
        return new RosterEntry(d.getString("_id"), d.getString("fullName"), d.getString("gender"),
                personal ? d.getString("birthDate") : null, d.getString("province"), d.getString("managedSince"));
    }
}
