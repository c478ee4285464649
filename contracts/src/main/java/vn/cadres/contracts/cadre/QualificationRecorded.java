package vn.cadres.contracts.cadre;

import java.time.LocalDate;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;

/**
 * A cadre obtained a qualification (văn bằng, chứng chỉ): a degree or a political theory level.
 *
 * @param level         the name of a {@link ProfessionalEducation} or {@link PoliticalTheory}
 *                      level, depending on {@code kind}
 * @param institution   who awarded it (Học viện Chính trị quốc gia Hồ Chí Minh ...)
 * @param effectiveDate the date of award
 */
@EventType("cadre.QualificationRecorded")
public record QualificationRecorded(
        String cadreId,
        ProvinceCode province,
        QualificationKind kind,
        String level,
        String institution,
        LocalDate effectiveDate) implements CadreFact {
}
