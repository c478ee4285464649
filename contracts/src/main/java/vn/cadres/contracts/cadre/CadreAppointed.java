package vn.cadres.contracts.cadre;

import java.time.LocalDate;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;

/**
 * A cadre was appointed (bổ nhiệm) to a leadership post in a unit by a decision. The unit is named
 * by id, so a record from before the 2025 reorganisation can be shown under the unit's name then
 * and under the unit that continues it today.
 *
 * @param post          the post (chức vụ) as the decision words it, "Phó Chánh Văn phòng Huyện ủy"
 * @param effectiveDate the first day in the post
 */
@EventType("cadre.CadreAppointed")
public record CadreAppointed(
        String cadreId,
        ProvinceCode province,
        String unitId,
        String post,
        Decision decision,
        LocalDate effectiveDate) implements CadreFact {
}
