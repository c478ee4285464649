package vn.cadres.cadre.profile.register;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.PoliticalTheory;
import vn.cadres.contracts.cadre.ProfessionalEducation;

/** Register a cadre under a province's management (đăng ký cán bộ thuộc diện quản lý). */
public record RegisterCadre(
        @TargetAggregateIdentifier String cadreId,
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
        String managementScope) {
}
