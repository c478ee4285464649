package vn.cadres.rotation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.rotation.Direction;
import vn.cadres.contracts.rotation.Movement;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.rotation.units.KnownUnit;

/** R3 as Lạng Sơn reports it: city to ward, ward to city, ward to ward, between city bodies. */
class DirectionsTest {

    private static final ProvinceCode LANG_SON = ProvinceCode.of("LS");
    private static final KnownUnit CITY_PARTY_OFFICE = unit("Văn phòng Thành ủy Lạng Sơn", Level.DISTRICT, Bloc.PARTY,
            "Thành phố Lạng Sơn");
    private static final KnownUnit CITY_YOUTH_UNION = unit("Thành đoàn Lạng Sơn", Level.DISTRICT,
            Bloc.MASS_ORGANISATION, "thanh pho Lang Son");
    private static final KnownUnit CITY_INSPECTION = unit("Ủy ban Kiểm tra Thành ủy", Level.DISTRICT, Bloc.PARTY,
            "Lạng Sơn");
    private static final KnownUnit CHI_LANG_WARD = unit("Đảng ủy phường Chi Lăng", Level.COMMUNE, Bloc.PARTY,
            "Phường Chi Lăng");
    private static final KnownUnit TAM_THANH_WARD = unit("UBND phường Tam Thanh", Level.COMMUNE, Bloc.GOVERNMENT,
            "Tam Thanh");
    private static final KnownUnit PROVINCE_COMMITTEE = unit("UBND tỉnh Lạng Sơn", Level.PROVINCE, Bloc.GOVERNMENT,
            null);

    @Test
    void from_the_city_to_a_ward_is_downward() {
        assertThat(Directions.between(CITY_PARTY_OFFICE, CHI_LANG_WARD)).isEqualTo(new Direction(Movement.DOWNWARD,
                Level.DISTRICT, Level.COMMUNE, Bloc.PARTY, Bloc.PARTY));
    }

    @Test
    void from_a_ward_to_the_province_is_upward_and_crosses_blocs() {
        Direction direction = Directions.between(CHI_LANG_WARD, PROVINCE_COMMITTEE);

        assertThat(direction.movement()).isEqualTo(Movement.UPWARD);
        assertThat(direction.crossesBlocs()).isTrue();
    }

    @Test
    void between_two_wards_is_between_localities() {
        assertThat(Directions.between(CHI_LANG_WARD, TAM_THANH_WARD).movement()).isEqualTo(Movement.BETWEEN_LOCALITIES);
    }

    @Test
    void between_bodies_of_one_city_is_between_bodies_whatever_the_spelling_of_the_city() {
        assertThat(Directions.between(CITY_PARTY_OFFICE, CITY_YOUTH_UNION).movement())
                .isEqualTo(Movement.BETWEEN_BODIES);
        assertThat(Directions.between(CITY_PARTY_OFFICE, CITY_INSPECTION).movement())
                .isEqualTo(Movement.BETWEEN_BODIES);
        assertThat(Directions.between(CITY_PARTY_OFFICE, CITY_INSPECTION).crossesBlocs()).isFalse();
    }

    @Test
    void between_two_provinces_is_between_localities() {
        KnownUnit haNoi = new KnownUnit("u-hn", "UBND thành phố Hà Nội", Level.PROVINCE, Bloc.GOVERNMENT,
                ProvinceCode.of("HN"), null, List.of(), LocalDate.of(2008, 8, 1), null, List.of());

        assertThat(Directions.between(PROVINCE_COMMITTEE, haNoi).movement()).isEqualTo(Movement.BETWEEN_LOCALITIES);
    }

    private static KnownUnit unit(String name, Level level, Bloc bloc, String locality) {
        return new KnownUnit("u-" + name.hashCode(), name, level, bloc, LANG_SON, locality, List.of(),
                LocalDate.of(2002, 1, 1), null, List.of());
    }
}
