package vn.cadres.contracts.cadre;

import java.time.LocalDate;
import vn.cadres.contracts.DomainEvent;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;

/**
 * A cadre entered the management scope of a province's Standing Committee
 * (cán bộ thuộc diện Ban Thường vụ quản lý).
 *
 * @param effectiveDate the date the cadre came under the province's management
 */
@EventType("cadre.CadreRegistered")
public record CadreRegistered(
        String cadreId,
        String fullName,
        Gender gender,
        LocalDate birthDate,
        ProvinceCode managingProvince,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public ProvinceCode province() {
        return managingProvince;
    }
}
