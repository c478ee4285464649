package vn.cadres.reporting.roster;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.projections.ReadModels;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;

/**
 * {@code GET /api/reports/cadres}: the roster, by province. A provincial office sees its own
 * province; auditors and viewers any. A viewer (the Standing Committee's dashboards) sees who is
 * on it, not their personal details: no birth date.
 */
@RestController
class CadreRosterEndpoint {

    private final ReadModels readModels;

    CadreRosterEndpoint(ReadModels readModels) {
        this.readModels = readModels;
    }

    record RosterEntry(String cadreId, String fullName, String gender, String birthDate, String province,
                       String managedSince) {
    }

    @AllowedRoles({Role.OFFICE, Role.AUDITOR, Role.VIEWER})
    @GetMapping("/api/reports/cadres")
    List<RosterEntry> roster(@RequestParam(required = false) ProvinceCode province, ActingOffice office) {
        ProvinceCode shown = ProvinceAccess.readScope(office, province);
        Bson filter = shown == null ? new Document() : eq("province", shown.value());
        boolean personal = office.has(Role.OFFICE) || office.has(Role.AUDITOR);
        List<RosterEntry> entries = new ArrayList<>();
        for (Document d : readModels.reading(CadreRosterProjection.COLLECTION).find(filter).sort(Sorts.ascending("fullName"))) {
            entries.add(new RosterEntry(d.getString("_id"), d.getString("fullName"), d.getString("gender"),
                    personal ? d.getString("birthDate") : null, d.getString("province"), d.getString("managedSince")));
        }
        return entries;
    }
}
