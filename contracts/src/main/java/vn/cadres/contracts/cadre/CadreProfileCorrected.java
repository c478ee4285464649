package vn.cadres.contracts.cadre;

import java.time.LocalDate;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;

/**
 * One field of a cadre's profile was corrected (đính chính hồ sơ). The event keeps the value it
 * replaces, so an auditor sees what the records said before and why they changed.
 *
 * @param field         the profile field's name as in {@link CadreRegistered} ({@code homeCommune})
 * @param previousValue the value as recorded until now, as text; null when there was none
 * @param newValue      the corrected value, as text (ISO dates, enum names)
 * @param reason        why the record was wrong, as the office explains it
 */
@EventType("cadre.CadreProfileCorrected")
public record CadreProfileCorrected(
        String cadreId,
        ProvinceCode province,
        String field,
        String previousValue,
        String newValue,
        String reason,
        LocalDate effectiveDate) implements CadreFact {
}
