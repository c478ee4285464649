package vn.cadres.cadre.unit;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadres.cadre.unit.dissolve.DissolveUnit;
import vn.cadres.cadre.unit.establish.EstablishUnit;
import vn.cadres.cadre.unit.merge.MergeUnit;
import vn.cadres.cadre.unit.rename.RenameUnit;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.contracts.unit.UnitDissolved;
import vn.cadres.contracts.unit.UnitEstablished;
import vn.cadres.contracts.unit.UnitMerged;
import vn.cadres.contracts.unit.UnitRenamed;
import vn.cadres.platform.web.InvalidInput;
import vn.cadres.platform.web.RuleViolation;

class UnitTest {

    private static final ProvinceCode DIEN_BIEN = ProvinceCode.of("DB");
    private static final LocalDate ESTABLISHED = LocalDate.of(2007, 1, 1);
    private static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);
    private static final List<String> KEY_POSTS = List.of("Bí thư Đảng ủy", "Chủ tịch UBND");
    private static final UnitEstablished ANG_NUA = new UnitEstablished("u-1", "Đảng ủy xã Ẳng Nưa", Level.COMMUNE,
            Bloc.PARTY, DIEN_BIEN, "Xã Ẳng Nưa", "u-0", KEY_POSTS, ESTABLISHED);

    private FixtureConfiguration<Unit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Unit.class);
    }

    private static EstablishUnit establish(String name, Level level, String locality) {
        return new EstablishUnit("u-1", name, level, Bloc.PARTY, DIEN_BIEN, locality, "u-0", KEY_POSTS, ESTABLISHED);
    }

    @Test
    void a_unit_is_established_with_its_level_bloc_locality_and_key_posts() {
        fixture.givenNoPriorActivity()
                .when(establish(" Đảng ủy xã Ẳng Nưa ", Level.COMMUNE, "Xã Ẳng Nưa"))
                .expectEvents(ANG_NUA);
    }

    @Test
    void a_unit_needs_a_name() {
        fixture.givenNoPriorActivity()
                .when(establish("  ", Level.PROVINCE, null))
                .expectNoEvents()
                .expectException(InvalidInput.class)
                .expectExceptionMessage("name: a unit needs a name");
    }

    @Test
    void a_commune_unit_needs_its_locality() {
        fixture.givenNoPriorActivity()
                .when(establish("Đảng ủy xã Ẳng Nưa", Level.COMMUNE, " "))
                .expectNoEvents()
                .expectException(InvalidInput.class);
    }

    @Test
    void a_district_unit_needs_its_locality() {
        fixture.givenNoPriorActivity()
                .when(establish("Huyện ủy Mường Ảng", Level.DISTRICT, null))
                .expectNoEvents()
                .expectException(InvalidInput.class);
    }

    @Test
    void a_province_unit_needs_no_locality() {
        fixture.givenNoPriorActivity()
                .when(establish("Tỉnh ủy Điện Biên", Level.PROVINCE, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_unit_is_renamed_from_a_date_on() {
        fixture.given(ANG_NUA)
                .when(new RenameUnit("u-1", "Đảng bộ xã Ẳng Nưa", LocalDate.of(2015, 1, 1), "Nghị quyết"))
                .expectEvents(new UnitRenamed("u-1", DIEN_BIEN, "Đảng bộ xã Ẳng Nưa", LocalDate.of(2015, 1, 1),
                        "Nghị quyết"));
    }

    @Test
    void a_rename_before_the_establishment_is_refused() {
        fixture.given(ANG_NUA)
                .when(new RenameUnit("u-1", "Đảng bộ xã Ẳng Nưa", LocalDate.of(2006, 1, 1), null))
                .expectNoEvents()
                .expectException(InvalidInput.class);
    }

    @Test
    void a_rename_after_the_unit_ended_is_refused() {
        fixture.given(ANG_NUA, new UnitMerged("u-1", DIEN_BIEN, "u-9", REORGANISED))
                .when(new RenameUnit("u-1", "Đảng bộ xã Ẳng Nưa", REORGANISED, null))
                .expectNoEvents()
                .expectException(RuleViolation.class);
    }

    @Test
    void a_rename_back_filled_before_the_end_is_accepted() {
        fixture.given(ANG_NUA, new UnitMerged("u-1", DIEN_BIEN, "u-9", REORGANISED))
                .when(new RenameUnit("u-1", "Đảng bộ xã Ẳng Nưa", LocalDate.of(2015, 1, 1), null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_unit_is_merged_into_its_successor_on_the_effective_date() {
        fixture.given(ANG_NUA)
                .when(new MergeUnit("u-1", "u-9", REORGANISED))
                .expectEvents(new UnitMerged("u-1", DIEN_BIEN, "u-9", REORGANISED));
    }

    @Test
    void a_unit_cannot_be_merged_into_itself() {
        fixture.given(ANG_NUA)
                .when(new MergeUnit("u-1", "u-1", REORGANISED))
                .expectNoEvents()
                .expectException(InvalidInput.class)
                .expectExceptionMessage("successorUnitId: a unit cannot be merged into itself");
    }

    @Test
    void a_merged_unit_cannot_be_merged_again() {
        fixture.given(ANG_NUA, new UnitMerged("u-1", DIEN_BIEN, "u-9", REORGANISED))
                .when(new MergeUnit("u-1", "u-8", REORGANISED))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectExceptionMessage("unit u-1 was merged on 2025-07-01 into u-9");
    }

    @Test
    void a_dissolved_unit_cannot_be_merged() {
        fixture.given(ANG_NUA, new UnitDissolved("u-1", DIEN_BIEN, REORGANISED, null))
                .when(new MergeUnit("u-1", "u-9", REORGANISED))
                .expectNoEvents()
                .expectException(RuleViolation.class);
    }

    @Test
    void a_merge_before_the_establishment_is_refused() {
        fixture.given(ANG_NUA)
                .when(new MergeUnit("u-1", "u-9", LocalDate.of(2006, 12, 31)))
                .expectNoEvents()
                .expectException(InvalidInput.class)
                .expectExceptionMessage("effectiveDate: the unit was established only on 2007-01-01");
    }

    @Test
    void a_unit_is_dissolved_on_the_effective_date() {
        fixture.given(ANG_NUA)
                .when(new DissolveUnit("u-1", REORGANISED, "cấp huyện kết thúc hoạt động"))
                .expectEvents(new UnitDissolved("u-1", DIEN_BIEN, REORGANISED, "cấp huyện kết thúc hoạt động"));
    }

    @Test
    void a_dissolved_unit_cannot_be_dissolved_again() {
        fixture.given(ANG_NUA, new UnitDissolved("u-1", DIEN_BIEN, REORGANISED, null))
                .when(new DissolveUnit("u-1", REORGANISED, null))
                .expectNoEvents()
                .expectException(RuleViolation.class);
    }

    @Test
    void a_dissolution_before_the_establishment_is_refused() {
        fixture.given(ANG_NUA)
                .when(new DissolveUnit("u-1", LocalDate.of(2006, 12, 31), null))
                .expectNoEvents()
                .expectException(InvalidInput.class);
    }
}
