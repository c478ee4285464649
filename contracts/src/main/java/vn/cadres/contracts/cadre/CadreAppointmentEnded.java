package vn.cadres.contracts.cadre;

import java.time.LocalDate;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;

/**
 * A cadre left a post they held (thôi giữ chức vụ, miễn nhiệm) by a decision: a move to another
 * post, the end of a term, or the abolition of the unit.
 *
 * @param unitId        the unit of the post, as in the {@link CadreAppointed} it ends
 * @param post          the post, as in the {@link CadreAppointed} it ends
 * @param effectiveDate the first day no longer in the post
 * @param reason        why, in the office's words
 */
@EventType("cadre.CadreAppointmentEnded")
public record CadreAppointmentEnded(
        String cadreId,
        ProvinceCode province,
        String unitId,
        String post,
        Decision decision,
        LocalDate effectiveDate,
        String reason) implements CadreFact {
}
