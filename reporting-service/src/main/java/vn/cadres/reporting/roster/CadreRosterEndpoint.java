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
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;

/**
 * {@code GET /api/reports/cadres}: the roster, by province. A provincial office sees its own
 * province; viewers, auditors and administrators any.
 */
@RestController
class CadreRosterEndpoint {

    private final ReadModels readModels;
    private final ProvinceAccess access;

    CadreRosterEndpoint(ReadModels readModels, ProvinceAccess access) {
        this.readModels = readModels;
        this.access = access;
    }

    record RosterEntry(String cadreId, String fullName, String gender, String birthDate, String province,
                       String managedSince) {
    }

    @GetMapping("/api/reports/cadres")
    List<RosterEntry> roster(@RequestParam(required = false) ProvinceCode province, ActingOffice office) {
        ProvinceCode shown = province == null && office.has(Role.OFFICE) ? office.province() : province;
        if (shown != null) {
            access.requireRead(office, shown);
        }
        Bson filter = shown == null ? new Document() : eq("province", shown.value());
        List<RosterEntry> entries = new ArrayList<>();
        for (Document d : readModels.reading(CadreRosterProjection.COLLECTION).find(filter).sort(Sorts.ascending("fullName"))) {
            entries.add(new RosterEntry(d.getString("_id"), d.getString("fullName"), d.getString("gender"),
                    d.getString("birthDate"), d.getString("province"), d.getString("managedSince")));
        }
        return entries;
    }
}
