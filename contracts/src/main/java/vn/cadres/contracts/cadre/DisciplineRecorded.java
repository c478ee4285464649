package vn.cadres.contracts.cadre;

import java.time.LocalDate;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;

/**
 * A disciplinary sanction (kỷ luật) was imposed on a cadre by a decision.
 *
 * @param decisionNumber the number of the decision (số quyết định), for example {@code 15-QĐ/TU}
 * @param effectiveDate  the date the sanction takes effect
 */
@EventType("cadre.DisciplineRecorded")
public record DisciplineRecorded(
        String cadreId,
        ProvinceCode province,
        DisciplineMeasure measure,
        String decisionNumber,
        LocalDate effectiveDate) implements CadreFact {
}
