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
 * <p>The profile fields after {@code effectiveDate} were added later in revision 1: events stored
 * before then read them as null.
 *
 * @param effectiveDate         the date the cadre came under the province's management
 * @param homeProvince          the province of the cadre's home locality (quê quán), to flag
 *                              locals in key posts
 * @param homeCommune           the commune or ward of the home locality
 * @param ethnicity             dân tộc, as written ("Kinh", "Thái")
 * @param professionalEducation trình độ chuyên môn
 * @param politicalTheory       trình độ lý luận chính trị
 * @param partyEntryDate        ngày vào Đảng; null for a cadre who is not a Party member
 * @param managementScope       the body whose management scope the cadre is in (diện quản lý)
 */
@EventType("cadre.CadreRegistered")
public record CadreRegistered(
        String cadreId,
        String fullName,
        Gender gender,
        LocalDate birthDate,
        ProvinceCode managingProvince,
        LocalDate effectiveDate,
        ProvinceCode homeProvince,
        String homeCommune,
        String ethnicity,
        ProfessionalEducation professionalEducation,
        PoliticalTheory politicalTheory,
        LocalDate partyEntryDate,
        String managementScope) implements DomainEvent {

    @Override
    public ProvinceCode province() {
        return managingProvince;
    }
}
