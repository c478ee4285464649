package vn.cadres.reporting.timeline;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.domain.NotFoundException;
import vn.cadres.platform.projections.EntryDocuments;
import vn.cadres.platform.projections.ReadModels;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;

/**
 * {@code GET /api/reports/cadres/{id}/timeline}: everything recorded about a cadre across the three
 * services (quá trình công tác, luân chuyển, đánh giá), in effective-date order, each fact with its
 * recorded time, office, actor and decision: who moved whom, when, on which decision, and how each
 * was evaluated. A province's office reads its own cadres; auditors and viewers every province's.
 */
@RestController
class CadreTimelineEndpoint {

    private final ReadModels readModels;
    private final ProvinceAccess access;

    CadreTimelineEndpoint(ReadModels readModels, ProvinceAccess access) {
        this.readModels = readModels;
        this.access = access;
    }

    /**
     * @param service  which service recorded the fact: cadre, planning, unit, rotation, evaluation
     * @param decision the decision the fact rests on, if it names one
     * @param details  the event's fields under their published names
     */
    record Entry(LocalDate effectiveDate, String type, String service, Instant recordedAt, String office,
                 String actor, String recordId, Object decision, Map<String, Object> details) {
    }

    @AllowedRoles({Role.OFFICE, Role.AUDITOR})
    @GetMapping("/api/reports/cadres/{cadreId}/timeline")
    List<Entry> timeline(@PathVariable String cadreId, ActingOffice office) {
        Document cadre = readModels.reading(CadreTimelineProjection.COLLECTION).find(eq("_id", cadreId)).first();
        if (cadre == null) {
            throw new NotFoundException("cadre", cadreId);
        }
        List<Entry> entries = new ArrayList<>();
        for (Object value : cadre.get(EntryDocuments.ENTRIES, Document.class).values()) {
            Document d = (Document) value;
            Document details = d.get("details", Document.class);
            entries.add(new Entry(LocalDate.parse(d.getString("effectiveDate")), d.getString("type"),
                    d.getString("type").substring(0, d.getString("type").indexOf('.')),
                    Instant.parse(d.getString("recordedAt")), d.getString("office"), d.getString("actor"),
                    d.getString("recordId"), decisionOf(details), details));
        }
        access.requireRead(office, ProvinceCode.of(entries.getFirst().office()));
        entries.sort(Comparator.comparing(Entry::effectiveDate).thenComparing(Entry::recordedAt));
        return entries;
    }

    private static Object decisionOf(Document details) {
        Object decision = details.get("decision");
        return decision != null ? decision : details.get("decisionNumber");
    }
}
