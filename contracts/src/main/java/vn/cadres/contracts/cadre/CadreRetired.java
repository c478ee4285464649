package vn.cadres.contracts.cadre;

import java.time.LocalDate;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;

/**
 * A cadre retired (nghỉ hưu) and leaves the pool that is planned and rotated.
 *
 * @param effectiveDate the first day of retirement
 */
@EventType("cadre.CadreRetired")
public record CadreRetired(String cadreId, ProvinceCode province, LocalDate effectiveDate) implements CadreFact {
}
