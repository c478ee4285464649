package vn.cadres.contracts.cadre;

import java.time.LocalDate;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;

/**
 * A cadre died (từ trần): the record is closed and nothing more may be recorded on it.
 *
 * @param effectiveDate the date of death
 */
@EventType("cadre.CadreDied")
public record CadreDied(String cadreId, ProvinceCode province, LocalDate effectiveDate) implements CadreFact {
}
