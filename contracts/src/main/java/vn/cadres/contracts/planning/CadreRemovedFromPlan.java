package vn.cadres.contracts.planning;

import java.time.LocalDate;
import vn.cadres.contracts.DomainEvent;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;

/**
 * A cadre left the succession plan (đưa ra khỏi quy hoạch) for a post of a unit.
 *
 * @param reason        why, in the office's words or, when automatic, the rule that removed them
 * @param automatic     true when a rule removed the cadre (a discipline, the planning age) rather
 *                      than a decision of the office
 * @param effectiveDate the date the cadre left the plan
 */
@EventType("planning.CadreRemovedFromPlan")
public record CadreRemovedFromPlan(
        String cadreId,
        ProvinceCode province,
        String unitId,
        String post,
        String reason,
        boolean automatic,
        LocalDate effectiveDate) implements DomainEvent {
}
