package vn.cadres.cadre.unit;

import static vn.cadres.platform.testing.Refusals.invalid;
import static vn.cadres.platform.testing.Refusals.ruleBroken;

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
import vn.cadres.platform.domain.InvalidInput;
import vn.cadres.platform.domain.RuleViolation;

class UnitTest {

    private static final ProvinceCode DIEN_BIEN = ProvinceCode.of("DB");
    private static final ProvinceCode LAI_CHAU = ProvinceCode.of("LC");
    private static final LocalDate ESTABLISHED = LocalDate.of(2007, 1, 1);
    private static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);
    private static final List<String> KEY_POSTS = List.of("Bí thư Đảng ủy", "Chủ tịch UBND");
    private static final UnitEstablished ANG_NUA = new UnitEstablished("u-1", "Đảng ủy xã Ẳng Nưa", Level.COMMUNE,
            Bloc.PARTY, DIEN_BIEN, "Xã Ẳng Nưa", "u-0", KEY_POSTS, ESTABLISHED);

    private FixtureConfiguration<Unit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Unit.class);
        fixture.registerInjectableResource(new KnownUnits()
                .active("u-0", DIEN_BIEN, Level.PROVINCE, LocalDate.of(2004, 1, 1))
                .active("u-9", DIEN_BIEN, Level.COMMUNE, REORGANISED)
                .active("u-8", DIEN_BIEN, Level.COMMUNE, REORGANISED)
                .active("u-lc", LAI_CHAU, Level.COMMUNE, REORGANISED)
                .active("lc", LAI_CHAU, Level.PROVINCE, LocalDate.of(2004, 1, 1))
                .merged("u-7", DIEN_BIEN, Level.COMMUNE, ESTABLISHED, LocalDate.of(2020, 1, 1), "u-1")
                .active("u-5", DIEN_BIEN, Level.COMMUNE, ESTABLISHED)
                .merged("u-6", DIEN_BIEN, Level.COMMUNE, ESTABLISHED, REORGANISED, "u-9"));
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

    @Test
    void a_unit_is_established_under_a_parent_that_exists() {
        fixture.givenNoPriorActivity()
                .when(new EstablishUnit("u-1", "Đảng ủy xã Ẳng Nưa", Level.COMMUNE, Bloc.PARTY, DIEN_BIEN, "Xã Ẳng Nưa",
                        "u-404", KEY_POSTS, ESTABLISHED))
                .expectNoEvents()
                .expectException(invalid("parentUnitId"));
    }

    @Test
    void a_unit_is_established_only_under_a_parent_of_its_own_province() {
        fixture.givenNoPriorActivity()
                .when(new EstablishUnit("u-1", "Đảng ủy xã Ẳng Nưa", Level.COMMUNE, Bloc.PARTY, DIEN_BIEN, "Xã Ẳng Nưa",
                        "lc", KEY_POSTS, ESTABLISHED))
                .expectNoEvents()
                .expectException(ruleBroken(Unit.OTHER_PROVINCE, "otherProvince", "LC"));
    }

    @Test
    void a_merger_that_would_close_a_cycle_of_successors_is_refused() {
        // u-7 was merged into u-1 in 2020; u-1 cannot then be merged into u-7 in 2010, while u-7 still existed
        fixture.given(ANG_NUA)
                .when(new MergeUnit("u-1", "u-7", LocalDate.of(2010, 1, 1)))
                .expectNoEvents()
                .expectException(ruleBroken(Unit.MERGER_CYCLE));
    }

    @Test
    void a_merger_whose_successor_is_continued_elsewhere_is_not_a_cycle() {
        fixture.given(ANG_NUA)
                .when(new MergeUnit("u-1", "u-6", LocalDate.of(2021, 1, 1)))
                .expectEvents(new UnitMerged("u-1", DIEN_BIEN, "u-6", LocalDate.of(2021, 1, 1)));
    }

    @Test
    void a_unit_is_not_merged_before_a_unit_merged_into_it() {
        // u-7 was merged into u-1 in 2020: u-1 continued it from then, so it cannot have ended in 2015
        fixture.given(ANG_NUA)
                .when(new MergeUnit("u-1", "u-5", LocalDate.of(2015, 1, 1)))
                .expectNoEvents()
                .expectException(invalid("effectiveDate"));
    }

    @Test
    void a_unit_is_not_dissolved_before_a_unit_merged_into_it() {
        fixture.given(ANG_NUA)
                .when(new DissolveUnit("u-1", LocalDate.of(2020, 1, 1), null))
                .expectNoEvents()
                .expectException(invalid("effectiveDate"));
    }

    @Test
    void a_unit_is_merged_only_into_a_successor_that_exists_on_the_date() {
        fixture.given(ANG_NUA)
                .when(new MergeUnit("u-1", "u-9", REORGANISED.minusDays(1)))
                .expectNoEvents()
                .expectException(invalid("successorUnitId"));
    }

    @Test
    void a_unit_is_merged_only_into_a_successor_that_exists() {
        fixture.given(ANG_NUA)
                .when(new MergeUnit("u-1", "u-404", REORGANISED))
                .expectNoEvents()
                .expectException(invalid("successorUnitId"));
    }

    @Test
    void a_unit_is_not_merged_into_a_unit_of_another_province() {
        fixture.given(ANG_NUA)
                .when(new MergeUnit("u-1", "u-lc", REORGANISED))
                .expectNoEvents()
                .expectException(ruleBroken(Unit.OTHER_PROVINCE, "otherProvince", "LC"));
    }

    @Test
    void a_province_merges_into_another_province_as_the_2025_reorganisation_did() {
        fixture.given(new UnitEstablished("db", "Tỉnh Điện Biên", Level.PROVINCE, Bloc.GOVERNMENT, DIEN_BIEN, null,
                        null, List.of(), LocalDate.of(2004, 1, 1)))
                .when(new MergeUnit("db", "lc", REORGANISED))
                .expectEvents(new UnitMerged("db", DIEN_BIEN, "lc", REORGANISED));
    }
}
