package vn.cadres.contracts.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cadres.contracts.ProvinceCode;

/** Natives of a district (R4/R5): its communes as the unit tree of Điện Biên says, on a date. */
class UnitTreeTest {

    private static final LocalDate FOUNDED = LocalDate.of(2004, 1, 1);
    private static final ProvinceCode DB = ProvinceCode.of("DB");
    private static final UnitTree DIEN_BIEN = new UnitTree(List.of(
            new UnitTree.Node("u-district", Level.DISTRICT, "Điện Biên", null, FOUNDED, LocalDate.of(2025, 7, 1)),
            new UnitTree.Node("u-district-ubnd", Level.DISTRICT, "huyện Điện Biên", "u-district", FOUNDED, null),
            new UnitTree.Node("u-thanh-hung", Level.COMMUNE, "Thanh Hưng", "u-district", FOUNDED, null),
            new UnitTree.Node("u-na-tau-ubnd", Level.COMMUNE, "Nà Tấu", "u-district-ubnd", FOUNDED, null),
            new UnitTree.Node("u-old", Level.COMMUNE, "Thanh Luông", "u-district", FOUNDED, LocalDate.of(2010, 1, 1)),
            new UnitTree.Node("u-muong-ang", Level.DISTRICT, "Mường Ảng", null, FOUNDED, null),
            new UnitTree.Node("u-ang-nua", Level.COMMUNE, "Ẳng Nưa", "u-muong-ang", FOUNDED, null)));

    @Test
    void the_communes_of_a_district_are_those_below_any_of_its_units_that_existed_on_the_date() {
        assertThat(DIEN_BIEN.communesOf("Điện Biên", LocalDate.of(2014, 7, 1))).containsExactly("Nà Tấu", "Thanh Hưng");
        assertThat(DIEN_BIEN.communesOf("Điện Biên", LocalDate.of(2008, 7, 1)))
                .containsExactly("Nà Tấu", "Thanh Hưng", "Thanh Luông");
    }

    @Test
    void a_cadre_from_a_commune_of_the_district_is_a_native_of_it_and_one_from_another_district_is_not() {
        List<String> communes = DIEN_BIEN.communesOf("Điện Biên", LocalDate.of(2014, 7, 1));

        assertThat(Localities.isNative(Level.DISTRICT, DB, "Điện Biên", communes, DB, "Xã Nà Tấu")).isTrue();
        assertThat(Localities.isNative(Level.DISTRICT, DB, "Điện Biên", communes, DB, "Xã Ẳng Nưa")).isFalse();
        assertThat(Localities.isNative(Level.DISTRICT, DB, "Điện Biên", communes, ProvinceCode.of("LS"),
                "Xã Nà Tấu")).as("a Nà Tấu of another province").isFalse();
    }
}
