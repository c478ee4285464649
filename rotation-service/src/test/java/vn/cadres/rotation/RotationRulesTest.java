package vn.cadres.rotation;

import static vn.cadres.platform.testing.Refusals.ruleBroken;
import static vn.cadres.rotation.DienBien.DB;
import static vn.cadres.rotation.DienBien.DISTRICT_COMMITTEE;
import static vn.cadres.rotation.DienBien.DISTRICT_OFFICE;
import static vn.cadres.rotation.DienBien.JULY_2014;
import static vn.cadres.rotation.DienBien.JUNE_2017;
import static vn.cadres.rotation.DienBien.NA_TAU;
import static vn.cadres.rotation.DienBien.NA_TAU_PEOPLES_COMMITTEE;
import static vn.cadres.rotation.DienBien.OFFICE_ACTOR;
import static vn.cadres.rotation.DienBien.ORGANISATION_BOARD;
import static vn.cadres.rotation.DienBien.PROPOSED;
import static vn.cadres.rotation.DienBien.SECRETARY;
import static vn.cadres.rotation.Proposals.DOWN_IN_PARTY;
import static vn.cadres.rotation.Proposals.FROM;
import static vn.cadres.rotation.Proposals.ROTATION_ID;
import static vn.cadres.rotation.Proposals.approved;
import static vn.cadres.rotation.Proposals.proposal;
import static vn.cadres.rotation.Proposals.proposed;
import static vn.cadres.rotation.Proposals.rotated;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.rotation.Direction;
import vn.cadres.contracts.rotation.Movement;
import vn.cadres.contracts.rotation.RotationKind;
import vn.cadres.contracts.rotation.RotationProposed;
import vn.cadres.contracts.rotation.RotationRule;
import vn.cadres.contracts.rotation.RuleFlag;
import vn.cadres.contracts.rotation.UnitPost;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.platform.eventstore.EnvelopeMessages;
import vn.cadres.rotation.cadres.KnownCadre;
import vn.cadres.rotation.cadres.KnownCadre.KnownPlan;
import vn.cadres.rotation.endearly.EndRotationEarly;
import vn.cadres.rotation.rules.Directions;
import vn.cadres.rotation.rules.OtherRotation;
import vn.cadres.rotation.rules.RotationPolicy;
import vn.cadres.rotation.rules.RuleMode;
import vn.cadres.rotation.rules.RuleOverride;
import vn.cadres.rotation.start.StartRotation;

/**
 * The rules of Quy định 65-QĐ/TW on a rotation, each as configured: a warning recorded on the
 * rotation, a refusal, or an override with its reason and who gave it.
 */
class RotationRulesTest {

    private static final Map<String, String> BY_OFFICE = Map.of(EnvelopeMessages.ACTOR, OFFICE_ACTOR);
    private static final String NOT_PLANNED = "Đặng Quốc Hương is in no succession plan on 2014-07-01";
    private static final String SPECIAL_CASE = "trường hợp đặc biệt do Ban Thường vụ Tỉnh ủy quyết định";

    private FixtureConfiguration<Rotation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Rotation.class);
    }

    private FixtureConfiguration<Rotation> under(RotationPolicy policy) {
        fixture.registerInjectableResource(policy);
        return fixture;
    }

    private static RotationPolicy defaults() {
        return RotationPolicy.defaults();
    }

    // R1: a rotated cadre is in a succession plan

    @Test
    void r1_a_cadre_in_no_succession_plan_is_flagged_by_default() {
        under(defaults()).givenNoPriorActivity()
                .when(proposal(DienBien.unplanned(), JULY_2014, JUNE_2017, List.of(), List.of()), BY_OFFICE)
                .expectEvents(proposed(RuleFlag.warning(RotationRule.IN_SUCCESSION_PLAN, NOT_PLANNED)));
    }

    @Test
    void r1_a_plan_the_cadre_left_before_the_start_does_not_count() {
        KnownCadre left = new KnownCadre("c-huong", DB, "Đặng Quốc Hương", Gender.MALE, LocalDate.of(1979, 5, 2), DB,
                "Xã Nà Tấu", List.of(new KnownPlan(NA_TAU.unitId(), "Bí thư Đảng ủy", LocalDate.of(2012, 1, 1),
                LocalDate.of(2014, 3, 1))), null, null);

        under(defaults()).givenNoPriorActivity()
                .when(proposal(left, JULY_2014, JUNE_2017, List.of(), List.of()), BY_OFFICE)
                .expectEvents(proposed(RuleFlag.warning(RotationRule.IN_SUCCESSION_PLAN, NOT_PLANNED)));
    }

    @Test
    void r1_configured_to_refuse_refuses_and_an_override_records_who_and_why() {
        RotationPolicy strict = defaults().with(RotationRule.IN_SUCCESSION_PLAN, RuleMode.REFUSE);
        under(strict).givenNoPriorActivity()
                .when(proposal(DienBien.unplanned(), JULY_2014, JUNE_2017, List.of(), List.of()), BY_OFFICE)
                .expectNoEvents()
                .expectException(ruleBroken("rotation-rule-refused", "rules", List.of("IN_SUCCESSION_PLAN")));
        fixture.givenNoPriorActivity()
                .when(proposal(DienBien.unplanned(), JULY_2014, JUNE_2017, List.of(),
                        List.of(new RuleOverride(RotationRule.IN_SUCCESSION_PLAN, SPECIAL_CASE))), BY_OFFICE)
                .expectEvents(proposed(RuleFlag.overridden(RotationRule.IN_SUCCESSION_PLAN, NOT_PLANNED, SPECIAL_CASE,
                        OFFICE_ACTOR)));
    }

    @Test
    void r1_switched_off_is_not_checked() {
        under(defaults().with(RotationRule.IN_SUCCESSION_PLAN, RuleMode.OFF)).givenNoPriorActivity()
                .when(proposal(DienBien.unplanned(), JULY_2014, JUNE_2017, List.of(), List.of()), BY_OFFICE)
                .expectEvents(proposed());
    }

    // R7: ten years of working life left at the start

    @Test
    void r7_a_cadre_with_fewer_than_ten_working_years_left_is_refused() {
        under(defaults()).givenNoPriorActivity()
                .when(proposal(DienBien.bornIn(1955, Gender.MALE), JULY_2014, JUNE_2017, List.of(), List.of()),
                        BY_OFFICE)
                .expectNoEvents()
                .expectException(ruleBroken("rotation-rule-refused", "rules", List.of("WORKING_LIFE_LEFT")));
    }

    @Test
    void r7_counts_to_the_retirement_age_of_the_cadres_gender() {
        // Born 1963: a man retires at 62 in 2025, 11 years after the start; a woman at 60 in 2023, after 9.
        under(defaults()).givenNoPriorActivity()
                .when(proposal(DienBien.bornIn(1963, Gender.MALE), JULY_2014, JUNE_2017, List.of(), List.of()),
                        BY_OFFICE)
                .expectEvents(proposed());
        fixture.givenNoPriorActivity()
                .when(proposal(DienBien.bornIn(1963, Gender.FEMALE), JULY_2014, JUNE_2017, List.of(), List.of()),
                        BY_OFFICE)
                .expectNoEvents()
                .expectException(ruleBroken("rotation-rule-refused", "rules", List.of("WORKING_LIFE_LEFT")));
    }

    @Test
    void r7_overridden_is_recorded_with_the_facts_the_reason_and_who_overrode_it() {
        under(defaults()).givenNoPriorActivity()
                .when(proposal(DienBien.bornIn(1955, Gender.MALE), JULY_2014, JUNE_2017, List.of(),
                        List.of(new RuleOverride(RotationRule.WORKING_LIFE_LEFT, SPECIAL_CASE))), BY_OFFICE)
                .expectEvents(proposed(RuleFlag.overridden(RotationRule.WORKING_LIFE_LEFT,
                        "Đặng Quốc Hương reaches retirement age on 2017-05-02: 2 years 10 months of working life "
                                + "left on 2014-07-01, fewer than 10 years", SPECIAL_CASE, OFFICE_ACTOR)));
    }

    @Test
    void r7_is_checked_again_on_the_actual_start_date() {
        KnownCadre bornIn1966 = DienBien.bornIn(1966, Gender.MALE); // retires 2028: fine in 2014, not in 2019
        under(defaults()).given(proposed(), approved())
                .when(new StartRotation(ROTATION_ID, LocalDate.of(2019, 1, 1), bornIn1966, List.of(), List.of()),
                        BY_OFFICE)
                .expectNoEvents()
                .expectException(ruleBroken("rotation-rule-refused", "rules", List.of("WORKING_LIFE_LEFT")));
    }

    // R8: a planned term of at least 36 months

    @Test
    void r8_a_planned_term_under_36_months_is_refused_unless_overridden() {
        LocalDate twoYears = LocalDate.of(2016, 6, 30);
        under(defaults()).givenNoPriorActivity()
                .when(proposal(DienBien.huong(), JULY_2014, twoYears, List.of(), List.of()), BY_OFFICE)
                .expectNoEvents()
                .expectException(ruleBroken("rotation-rule-refused", "rules", List.of("MINIMUM_TERM")));
        fixture.givenNoPriorActivity()
                .when(proposal(DienBien.huong(), JULY_2014, twoYears, List.of(),
                        List.of(new RuleOverride(RotationRule.MINIMUM_TERM, SPECIAL_CASE))), BY_OFFICE)
                .expectEvents(proposed(JULY_2014, twoYears, RuleFlag.overridden(RotationRule.MINIMUM_TERM,
                        "a planned term of 24 months, from 2014-07-01 to 2016-06-30, is shorter than 36 months",
                        SPECIAL_CASE, OFFICE_ACTOR)));
    }

    @Test
    void every_refusing_rule_is_named_at_once() {
        under(defaults()).givenNoPriorActivity()
                .when(proposal(DienBien.bornIn(1955, Gender.MALE), JULY_2014, LocalDate.of(2015, 6, 30), List.of(),
                        List.of()), BY_OFFICE)
                .expectNoEvents()
                .expectException(ruleBroken("rotation-rule-refused", "rules",
                        List.of("WORKING_LIFE_LEFT", "MINIMUM_TERM")));
    }

    @Test
    void a_transfer_is_no_training_term_so_r1_r7_and_r8_do_not_apply() {
        LocalDate oneYear = LocalDate.of(2015, 6, 30);
        under(defaults()).givenNoPriorActivity()
                .when(Proposals.proposal(RotationKind.TRANSFER, DienBien.bornIn(1955, Gender.MALE),
                        DienBien.THANH_HUNG, DienBien.STANDING_DEPUTY_SECRETARY, JULY_2014, oneYear, List.of(),
                        List.of()), BY_OFFICE)
                .expectEvents(new RotationProposed(ROTATION_ID, "c-huong", DB, RotationKind.TRANSFER, FROM,
                        Proposals.TO, JULY_2014, oneYear, "đào tạo qua thực tiễn cơ sở", DOWN_IN_PARTY, List.of(),
                        PROPOSED));
    }

    // One rotation of a cadre at a time

    @Test
    void a_cadre_still_in_another_rotation_on_the_start_date_is_refused() {
        List<OtherRotation> running = List.of(new OtherRotation("r-0", LocalDate.of(2013, 1, 1), null));
        under(defaults()).givenNoPriorActivity()
                .when(proposal(DienBien.huong(), JULY_2014, JUNE_2017, running, List.of()), BY_OFFICE)
                .expectNoEvents()
                .expectException(ruleBroken("rotation-rule-refused", "rules", List.of("ONE_ACTIVE_ROTATION")));
    }

    @Test
    void a_rotation_may_start_on_the_day_the_previous_one_ended() {
        List<OtherRotation> ended = List.of(new OtherRotation("r-0", LocalDate.of(2011, 7, 1), JULY_2014));
        under(defaults()).givenNoPriorActivity()
                .when(proposal(DienBien.huong(), JULY_2014, JUNE_2017, ended, List.of()), BY_OFFICE)
                .expectEvents(proposed());
    }

    @Test
    void an_override_granted_on_the_proposal_stands_when_the_rotation_starts() {
        List<OtherRotation> running = List.of(new OtherRotation("r-0", LocalDate.of(2013, 1, 1), null));
        RuleFlag overridden = RuleFlag.overridden(RotationRule.ONE_ACTIVE_ROTATION,
                "rotation r-0, started 2013-01-01, is still active on 2014-07-01", SPECIAL_CASE, OFFICE_ACTOR);
        under(defaults()).given(proposed(overridden), approved())
                .when(new StartRotation(ROTATION_ID, JULY_2014, DienBien.huong(), running, List.of()),
                        Map.of(EnvelopeMessages.ACTOR, "office-DB-2"))
                .expectEvents(rotated(JULY_2014, overridden));
    }

    @Test
    void a_back_filled_term_that_overlaps_a_completed_later_rotation_is_refused() {
        List<OtherRotation> completedLater = List.of(new OtherRotation("r-0", LocalDate.of(2015, 9, 15),
                LocalDate.of(2020, 9, 14)));
        under(defaults()).givenNoPriorActivity()
                .when(proposal(DienBien.huong(), JULY_2014, JUNE_2017, completedLater, List.of()), BY_OFFICE)
                .expectNoEvents()
                .expectException(ruleBroken("rotation-rule-refused", "rules", List.of("ONE_ACTIVE_ROTATION")));
    }

    @Test
    void a_back_filled_start_whose_planned_term_runs_into_a_later_rotation_is_refused_or_overridden() {
        LocalDate february2019 = LocalDate.of(2019, 2, 18);
        LocalDate february2022 = LocalDate.of(2022, 2, 17);
        List<OtherRotation> completedLater = List.of(new OtherRotation("r-0", LocalDate.of(2020, 2, 18),
                LocalDate.of(2023, 4, 14)));
        StartRotation start = new StartRotation(ROTATION_ID, february2019, DienBien.huong(), completedLater,
                List.of());
        under(defaults()).given(proposed(february2019, february2022), approved())
                .when(start, BY_OFFICE)
                .expectNoEvents()
                .expectException(ruleBroken("rotation-rule-refused", "rules", List.of("ONE_ACTIVE_ROTATION")));

        RuleFlag overridden = RuleFlag.overridden(RotationRule.ONE_ACTIVE_ROTATION, "rotation r-0, from 2020-02-18 "
                + "to 2023-04-14, overlaps the term from 2019-02-18 to 2022-02-17", SPECIAL_CASE, OFFICE_ACTOR);
        fixture.given(proposed(february2019, february2022), approved())
                .when(new StartRotation(ROTATION_ID, february2019, DienBien.huong(), completedLater,
                        List.of(new RuleOverride(RotationRule.ONE_ACTIVE_ROTATION, SPECIAL_CASE))), BY_OFFICE)
                .expectEvents(rotated(february2019, february2022, overridden));
    }

    @Test
    void a_back_filled_term_may_end_on_the_day_the_next_rotation_started() {
        List<OtherRotation> next = List.of(new OtherRotation("r-0", JUNE_2017, null));
        under(defaults()).givenNoPriorActivity()
                .when(proposal(DienBien.huong(), JULY_2014, JUNE_2017, next, List.of()), BY_OFFICE)
                .expectEvents(proposed());
    }

    // R4/R5: key posts go to non-natives

    @Test
    void r4_a_native_of_the_commune_in_its_key_post_is_flagged() {
        under(defaults()).givenNoPriorActivity()
                .when(Proposals.proposal(RotationKind.ROTATION, DienBien.huong(), NA_TAU, SECRETARY, JULY_2014,
                        JUNE_2017, List.of(), List.of()), BY_OFFICE)
                .expectEvents(new RotationProposed(ROTATION_ID, "c-huong", DB, RotationKind.ROTATION, FROM,
                        new UnitPost(NA_TAU.unitId(), SECRETARY), JULY_2014, JUNE_2017, "đào tạo qua thực tiễn cơ sở",
                        DOWN_IN_PARTY, List.of(RuleFlag.warning(RotationRule.NON_LOCAL_KEY_POST,
                        "Bí thư Đảng ủy xã Nà Tấu is a key post of Đảng ủy xã Nà Tấu and Đặng Quốc Hương is a "
                                + "native of Nà Tấu")), PROPOSED));
    }

    @Test
    void r4_a_native_of_a_commune_of_the_district_in_a_district_key_post_is_flagged() {
        String secretary = "Bí thư Huyện ủy Điện Biên";
        under(defaults()).givenNoPriorActivity()
                .when(Proposals.proposal(RotationKind.ROTATION, DienBien.huong(), DISTRICT_COMMITTEE, secretary,
                        JULY_2014, JUNE_2017, List.of(), List.of()), BY_OFFICE)
                .expectEvents(new RotationProposed(ROTATION_ID, "c-huong", DB, RotationKind.ROTATION, FROM,
                        new UnitPost(DISTRICT_COMMITTEE.unitId(), secretary), JULY_2014, JUNE_2017,
                        "đào tạo qua thực tiễn cơ sở", Directions.between(DISTRICT_OFFICE, DISTRICT_COMMITTEE),
                        List.of(RuleFlag.warning(RotationRule.NON_LOCAL_KEY_POST, "Bí thư Huyện ủy Điện Biên is a key "
                                + "post of Huyện ủy Điện Biên and Đặng Quốc Hương is a native of Xã Nà Tấu, a commune "
                                + "of Điện Biên")), PROPOSED));
    }

    @Test
    void r4_a_post_that_is_not_a_key_post_is_not_flagged_for_a_native() {
        String deputy = "Phó Chủ tịch UBND xã Nà Tấu";
        under(defaults()).givenNoPriorActivity()
                .when(Proposals.proposal(RotationKind.ROTATION, DienBien.huong(), NA_TAU_PEOPLES_COMMITTEE, deputy,
                        JULY_2014, JUNE_2017, List.of(), List.of()), BY_OFFICE)
                .expectEvents(new RotationProposed(ROTATION_ID, "c-huong", DB, RotationKind.ROTATION, FROM,
                        new UnitPost(NA_TAU_PEOPLES_COMMITTEE.unitId(), deputy), JULY_2014, JUNE_2017,
                        "đào tạo qua thực tiễn cơ sở", new Direction(Movement.DOWNWARD, Level.DISTRICT, Level.COMMUNE,
                        Bloc.PARTY, Bloc.GOVERNMENT), List.of(), PROPOSED));
    }

    @Test
    void r4_a_native_of_the_province_in_a_provincial_key_post_is_flagged() {
        String head = "Trưởng Ban Tổ chức Tỉnh ủy";
        under(defaults()).givenNoPriorActivity()
                .when(Proposals.proposal(RotationKind.ROTATION, DienBien.huong(), ORGANISATION_BOARD, head, JULY_2014,
                        JUNE_2017, List.of(), List.of()), BY_OFFICE)
                .expectEvents(new RotationProposed(ROTATION_ID, "c-huong", DB, RotationKind.ROTATION, FROM,
                        new UnitPost(ORGANISATION_BOARD.unitId(), head), JULY_2014, JUNE_2017,
                        "đào tạo qua thực tiễn cơ sở", new Direction(Movement.UPWARD, Level.DISTRICT, Level.PROVINCE,
                        Bloc.PARTY, Bloc.PARTY), List.of(RuleFlag.warning(RotationRule.NON_LOCAL_KEY_POST,
                        "Trưởng Ban Tổ chức Tỉnh ủy is a key post of Ban Tổ chức Tỉnh ủy Điện Biên and Đặng Quốc Hương "
                                + "is a native of province DB")), PROPOSED));
    }

    @Test
    void an_early_end_configured_to_refuse_needs_an_override() {
        LocalDate september2015 = LocalDate.of(2015, 9, 14);
        under(defaults().with(RotationRule.ENDED_EARLY, RuleMode.REFUSE)).given(proposed(), approved(),
                        rotated(JULY_2014))
                .when(new EndRotationEarly(ROTATION_ID, september2015, "điều động", null,
                        List.of()), BY_OFFICE)
                .expectNoEvents()
                .expectException(ruleBroken("rotation-rule-refused", "rules", List.of("ENDED_EARLY")));
    }
}
