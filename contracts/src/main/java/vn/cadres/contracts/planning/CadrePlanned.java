package vn.cadres.contracts.planning;

import java.time.LocalDate;
import vn.cadres.contracts.DomainEvent;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.unit.Level;

/**
 * A cadre was put into the succession plan (quy hoạch) for a post of a unit for one term.
 *
 * @param post          the post planned for, as the unit names it (for example "Bí thư Đảng ủy")
 * @param level         the unit's level, which the limit on posts per level counts by
 * @param termStart     the first day of the term planned for (nhiệm kỳ)
 * @param termEnd       the last day of that term
 * @param effectiveDate the date of the planning decision
 */
@EventType("planning.CadrePlanned")
public record CadrePlanned(
        String cadreId,
        ProvinceCode province,
        String unitId,
        String post,
        Level level,
        LocalDate termStart,
        LocalDate termEnd,
        LocalDate effectiveDate) implements DomainEvent {
}
