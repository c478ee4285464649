package vn.cadres.rotation;

import java.time.LocalDate;
import java.util.List;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.rotation.cadres.KnownCadre;
import vn.cadres.rotation.cadres.KnownCadre.KnownPlan;
import vn.cadres.rotation.units.KnownUnit;

/**
 * Điện Biên as rotation-service knows it from {@code cadre.events}: the district Party office, the
 * communes of Thanh Hưng and Nà Tấu, provincial bodies, and Đặng Quốc Hương, whose 2014 and 2015
 * rotations the articles tell.
 */
final class DienBien {

    static final ProvinceCode DB = ProvinceCode.of("DB");
    static final String OFFICE_ACTOR = "office-DB";

    static final KnownUnit DISTRICT_OFFICE = new KnownUnit("u-district-office", "Văn phòng Huyện ủy Điện Biên",
            Level.DISTRICT, Bloc.PARTY, DB, "Điện Biên", List.of("Chánh Văn phòng Huyện ủy"),
            LocalDate.of(2004, 1, 1), LocalDate.of(2025, 7, 1), List.of());
    /** The district Party committee, as a rule sees it in 2014: Thanh Hưng and Nà Tấu are communes of the district. */
    static final KnownUnit DISTRICT_COMMITTEE = new KnownUnit("u-district-committee", "Huyện ủy Điện Biên",
            Level.DISTRICT, Bloc.PARTY, DB, "Điện Biên", List.of("Bí thư Huyện ủy"), LocalDate.of(2004, 1, 1),
            LocalDate.of(2025, 7, 1), List.of("Nà Tấu", "Thanh Hưng"));
    static final KnownUnit THANH_HUNG = new KnownUnit("u-thanh-hung", "Đảng ủy xã Thanh Hưng", Level.COMMUNE,
            Bloc.PARTY, DB, "Thanh Hưng", List.of("Bí thư Đảng ủy", "Phó Bí thư Thường trực Đảng ủy"),
            LocalDate.of(2004, 1, 1), null, List.of());
    static final KnownUnit NA_TAU = new KnownUnit("u-na-tau", "Đảng ủy xã Nà Tấu", Level.COMMUNE, Bloc.PARTY, DB,
            "Nà Tấu", List.of("Bí thư Đảng ủy"), LocalDate.of(2004, 1, 1), null, List.of());
    static final KnownUnit NA_TAU_PEOPLES_COMMITTEE = new KnownUnit("u-na-tau-ubnd", "UBND xã Nà Tấu", Level.COMMUNE,
            Bloc.GOVERNMENT, DB, "Nà Tấu", List.of("Chủ tịch UBND"), LocalDate.of(2004, 1, 1), null,
            List.of());
    static final KnownUnit ORGANISATION_BOARD = new KnownUnit("u-organisation-board", "Ban Tổ chức Tỉnh ủy Điện Biên",
            Level.PROVINCE, Bloc.PARTY, DB, null, List.of("Trưởng Ban Tổ chức Tỉnh ủy"), LocalDate.of(2004, 1, 1),
            null, List.of());
    static final KnownUnit PROVINCE_FRONT = new KnownUnit("u-province-front", "Ủy ban MTTQ Việt Nam tỉnh Điện Biên",
            Level.PROVINCE, Bloc.FATHERLAND_FRONT, DB, null, List.of("Chủ tịch Ủy ban MTTQ tỉnh"),
            LocalDate.of(2004, 1, 1), null, List.of());
    static final KnownUnit PROVINCE_COMMITTEE = new KnownUnit("u-province-committee", "UBND tỉnh Điện Biên",
            Level.PROVINCE, Bloc.GOVERNMENT, DB, null, List.of("Chủ tịch UBND tỉnh"), LocalDate.of(2004, 1, 1), null,
            List.of());

    static final String DEPUTY_CHIEF = "Phó Chánh Văn phòng Huyện ủy";
    static final String STANDING_DEPUTY_SECRETARY = "Phó Bí thư Thường trực Đảng ủy xã Thanh Hưng";
    static final String SECRETARY = "Bí thư Đảng ủy xã Nà Tấu";

    static final LocalDate PROPOSED = LocalDate.of(2014, 6, 15);
    static final LocalDate JULY_2014 = LocalDate.of(2014, 7, 1);
    static final LocalDate JUNE_2017 = LocalDate.of(2017, 6, 30);
    static final Decision DECISION = new Decision("125-QĐ/HU", LocalDate.of(2014, 6, 20),
            "Ban Thường vụ Huyện ủy Điện Biên");

    private DienBien() {
    }

    /** Born 1979, a native of Nà Tấu, planned since 2013 for Party secretary of Nà Tấu. */
    static KnownCadre huong() {
        return new KnownCadre("c-huong", DB, "Đặng Quốc Hương", Gender.MALE, LocalDate.of(1979, 5, 2), DB,
                "Xã Nà Tấu", List.of(new KnownPlan(NA_TAU.unitId(), "Bí thư Đảng ủy", LocalDate.of(2013, 12, 20),
                null)), null, null);
    }

    static KnownCadre unplanned() {
        return new KnownCadre("c-huong", DB, "Đặng Quốc Hương", Gender.MALE, LocalDate.of(1979, 5, 2), DB,
                "Xã Nà Tấu", List.of(), null, null);
    }

    static KnownCadre bornIn(int year, Gender gender) {
        return new KnownCadre("c-huong", DB, "Đặng Quốc Hương", gender, LocalDate.of(year, 5, 2), DB, "Xã Nà Tấu",
                huong().plans(), null, null);
    }
}
