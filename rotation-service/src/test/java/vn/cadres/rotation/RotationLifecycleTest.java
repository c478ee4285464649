package vn.cadres.rotation;

import static vn.cadres.platform.testing.Refusals.invalid;
import static vn.cadres.platform.testing.Refusals.ruleBroken;
import static vn.cadres.rotation.DienBien.DB;
import static vn.cadres.rotation.DienBien.DECISION;
import static vn.cadres.rotation.DienBien.JULY_2014;
import static vn.cadres.rotation.DienBien.JUNE_2017;
import static vn.cadres.rotation.DienBien.NA_TAU;
import static vn.cadres.rotation.DienBien.OFFICE_ACTOR;
import static vn.cadres.rotation.DienBien.SECRETARY;
import static vn.cadres.rotation.Proposals.ROTATION_ID;
import static vn.cadres.rotation.Proposals.TO;
import static vn.cadres.rotation.Proposals.approved;
import static vn.cadres.rotation.Proposals.proposal;
import static vn.cadres.rotation.Proposals.proposed;
import static vn.cadres.rotation.Proposals.rotated;
import static vn.cadres.rotation.Proposals.start;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.contracts.rotation.CadrePlacedAfterRotation;
import vn.cadres.contracts.rotation.PlacementOutcome;
import vn.cadres.contracts.rotation.RotationCancelled;
import vn.cadres.contracts.rotation.RotationCompleted;
import vn.cadres.contracts.rotation.RotationEndedEarly;
import vn.cadres.contracts.rotation.RotationExtended;
import vn.cadres.contracts.rotation.RotationKind;
import vn.cadres.contracts.rotation.RotationRule;
import vn.cadres.contracts.rotation.RuleFlag;
import vn.cadres.contracts.rotation.UnitPost;
import vn.cadres.platform.eventstore.EnvelopeMessages;
import vn.cadres.rotation.approve.ApproveRotation;
import vn.cadres.rotation.cadres.KnownCadre;
import vn.cadres.rotation.cancel.CancelRotation;
import vn.cadres.rotation.complete.CompleteRotation;
import vn.cadres.rotation.endearly.EndRotationEarly;
import vn.cadres.rotation.extend.ExtendRotation;
import vn.cadres.rotation.place.RecordPlacement;
import vn.cadres.rotation.rules.RotationPolicy;

/** A rotation from proposal to placement: every transition, and the ones that are not allowed. */
class RotationLifecycleTest {

    private static final Map<String, String> BY_OFFICE = Map.of(EnvelopeMessages.ACTOR, OFFICE_ACTOR);
    private static final Decision EXTENSION = new Decision("41-QĐ/HU", LocalDate.of(2017, 5, 2),
            "Ban Thường vụ Huyện ủy Điện Biên");
    private static final Decision RECALL = new Decision("310-QĐ/HU", LocalDate.of(2015, 9, 10),
            "Ban Thường vụ Huyện ủy Điện Biên");
    private static final LocalDate SEPTEMBER_2015 = LocalDate.of(2015, 9, 14);

    private FixtureConfiguration<Rotation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Rotation.class);
        fixture.registerInjectableResource(RotationPolicy.defaults());
    }

    @Test
    void a_rotation_is_proposed_with_its_direction_derived_from_the_units() {
        fixture.givenNoPriorActivity()
                .when(proposal(), BY_OFFICE)
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed());
    }

    @Test
    void a_planned_term_ends_after_it_starts() {
        fixture.givenNoPriorActivity()
                .when(proposal(DienBien.huong(), JULY_2014, JULY_2014, List.of(), List.of()), BY_OFFICE)
                .expectNoEvents()
                .expectException(invalid("plannedEnd"));
    }

    @Test
    void a_rotation_moves_the_cadre_to_another_unit() {
        fixture.givenNoPriorActivity()
                .when(Proposals.proposal(RotationKind.ROTATION, DienBien.huong(),
                        DienBien.DISTRICT_OFFICE, "Chánh Văn phòng Huyện ủy", JULY_2014, JUNE_2017, List.of(),
                        List.of()), BY_OFFICE)
                .expectNoEvents()
                .expectException(invalid("to.unitId"));
    }

    @Test
    void nobody_is_rotated_from_a_district_unit_after_the_district_level_ended() {
        fixture.givenNoPriorActivity()
                .when(proposal(DienBien.huong(), LocalDate.of(2025, 9, 1), LocalDate.of(2028, 8, 31), List.of(),
                        List.of()), BY_OFFICE)
                .expectNoEvents()
                .expectException(invalid("from.unitId"));
    }

    @Test
    void a_decision_approves_a_proposed_rotation() {
        fixture.given(proposed())
                .when(new ApproveRotation(ROTATION_ID, DECISION, DienBien.huong()))
                .expectEvents(approved());
    }

    @Test
    void a_decision_dated_before_the_proposal_is_refused() {
        fixture.given(proposed())
                .when(new ApproveRotation(ROTATION_ID, new Decision("1-QĐ/HU", LocalDate.of(2014, 1, 2), "Huyện ủy"),
                        DienBien.huong()))
                .expectNoEvents()
                .expectException(invalid("decision.date"));
    }

    @Test
    void an_approved_rotation_starts_on_its_actual_start_date() {
        fixture.given(proposed(), approved())
                .when(start(JULY_2014), BY_OFFICE)
                .expectEvents(rotated(JULY_2014));
    }

    @Test
    void a_rotation_does_not_start_before_the_decision_that_orders_it() {
        fixture.given(proposed(), approved())
                .when(start(LocalDate.of(2014, 6, 1)), BY_OFFICE)
                .expectNoEvents()
                .expectException(invalid("startDate"));
    }

    @Test
    void a_proposal_does_not_start_before_it_is_decided() {
        fixture.given(proposed())
                .when(start(JULY_2014), BY_OFFICE)
                .expectNoEvents()
                .expectException(ruleBroken("rotation-illegal-transition", "state", "PROPOSED"));
    }

    @Test
    void a_running_rotation_is_extended_to_a_later_planned_end() {
        fixture.given(proposed(), approved(), rotated(JULY_2014))
                .when(new ExtendRotation(ROTATION_ID, LocalDate.of(2018, 6, 30), EXTENSION, "xây dựng nông thôn mới"))
                .expectEvents(new RotationExtended(ROTATION_ID, "c-huong", DB, JUNE_2017, LocalDate.of(2018, 6, 30),
                        EXTENSION, "xây dựng nông thôn mới", EXTENSION.date()));
    }

    @Test
    void an_extension_ends_later_than_the_planned_end() {
        fixture.given(proposed(), approved(), rotated(JULY_2014))
                .when(new ExtendRotation(ROTATION_ID, LocalDate.of(2017, 1, 1), EXTENSION, "rút ngắn"))
                .expectNoEvents()
                .expectException(invalid("plannedEnd"));
    }

    @Test
    void a_rotation_served_to_its_planned_end_is_completed_with_the_months_served() {
        fixture.given(proposed(), approved(), rotated(JULY_2014))
                .when(new CompleteRotation(ROTATION_ID, JUNE_2017, null))
                .expectEvents(new RotationCompleted(ROTATION_ID, "c-huong", DB, 36, null, JUNE_2017));
    }

    @Test
    void ending_before_the_planned_end_is_an_early_end_not_a_completion() {
        fixture.given(proposed(), approved(), rotated(JULY_2014))
                .when(new CompleteRotation(ROTATION_ID, SEPTEMBER_2015, null))
                .expectNoEvents()
                .expectException(ruleBroken("rotation-not-due", "plannedEnd", "2017-06-30"));
    }

    @Test
    void an_early_end_records_the_reason_and_flags_a_term_shorter_than_the_minimum() {
        fixture.given(proposed(), approved(), rotated(JULY_2014))
                .when(new EndRotationEarly(ROTATION_ID, SEPTEMBER_2015, "luân chuyển về xã Nà Tấu", RECALL,
                        List.of()), BY_OFFICE)
                .expectEvents(new RotationEndedEarly(ROTATION_ID, "c-huong", DB, 14, "luân chuyển về xã Nà Tấu", RECALL,
                        List.of(RuleFlag.warning(RotationRule.ENDED_EARLY,
                                "ended on 2015-09-14 after 14 months, before the minimum term of 36 months")),
                        SEPTEMBER_2015));
    }

    @Test
    void a_term_served_to_its_planned_end_is_no_early_end() {
        fixture.given(proposed(), approved(), rotated(JULY_2014))
                .when(new EndRotationEarly(ROTATION_ID, JUNE_2017, "đủ thời gian", null, List.of()), BY_OFFICE)
                .expectNoEvents()
                .expectException(ruleBroken("rotation-due"));
    }

    @Test
    void a_rotation_does_not_end_before_it_started() {
        fixture.given(proposed(), approved(), rotated(JULY_2014))
                .when(new EndRotationEarly(ROTATION_ID, LocalDate.of(2014, 6, 30), "nhầm", null, List.of()), BY_OFFICE)
                .expectNoEvents()
                .expectException(invalid("endDate"));
    }

    @Test
    void a_proposal_or_a_decided_rotation_that_has_not_started_may_be_cancelled() {
        RotationCancelled cancelled = new RotationCancelled(ROTATION_ID, "c-huong", DB, "thay đổi nhân sự",
                LocalDate.of(2014, 6, 28));
        fixture.given(proposed())
                .when(new CancelRotation(ROTATION_ID, "thay đổi nhân sự", LocalDate.of(2014, 6, 28)))
                .expectEvents(cancelled);
        fixture.given(proposed(), approved())
                .when(new CancelRotation(ROTATION_ID, "thay đổi nhân sự", LocalDate.of(2014, 6, 28)))
                .expectEvents(cancelled);
    }

    @Test
    void a_started_rotation_cannot_be_cancelled() {
        fixture.given(proposed(), approved(), rotated(JULY_2014))
                .when(new CancelRotation(ROTATION_ID, "muộn", LocalDate.of(2014, 8, 1)))
                .expectNoEvents()
                .expectException(ruleBroken("rotation-illegal-transition", "state", "ACTIVE"));
    }

    @Test
    void a_cancelled_rotation_is_not_approved() {
        fixture.given(proposed(), new RotationCancelled(ROTATION_ID, "c-huong", DB, "thay đổi", JULY_2014))
                .when(new ApproveRotation(ROTATION_ID, DECISION, DienBien.huong()))
                .expectNoEvents()
                .expectException(ruleBroken("rotation-illegal-transition", "state", "CANCELLED"));
    }

    @Test
    void a_completed_rotation_cannot_be_completed_again() {
        fixture.given(proposed(), approved(), rotated(JULY_2014), completed())
                .when(new CompleteRotation(ROTATION_ID, JUNE_2017, null))
                .expectNoEvents()
                .expectException(ruleBroken("rotation-illegal-transition", "state", "COMPLETED"));
    }

    @Test
    void after_the_rotation_the_cadre_is_placed_once() {
        CadrePlacedAfterRotation promoted = new CadrePlacedAfterRotation(ROTATION_ID, "c-huong", DB,
                PlacementOutcome.PROMOTED, new UnitPost(NA_TAU.unitId(), SECRETARY), EXTENSION,
                LocalDate.of(2017, 7, 1));
        fixture.given(proposed(), approved(), rotated(JULY_2014), completed())
                .when(new RecordPlacement(ROTATION_ID, PlacementOutcome.PROMOTED, new UnitPost(NA_TAU.unitId(),
                        SECRETARY), EXTENSION, LocalDate.of(2017, 7, 1)))
                .expectEvents(promoted);
        fixture.given(proposed(), approved(), rotated(JULY_2014), completed(), promoted)
                .when(new RecordPlacement(ROTATION_ID, PlacementOutcome.RETURNED_EQUIVALENT, Proposals.FROM, EXTENSION,
                        LocalDate.of(2017, 7, 1)))
                .expectNoEvents()
                .expectException(ruleBroken("rotation-already-placed"));
    }

    @Test
    void a_cadre_kept_at_the_destination_stays_at_the_receiving_unit() {
        fixture.given(proposed(), approved(), rotated(JULY_2014), completed())
                .when(new RecordPlacement(ROTATION_ID, PlacementOutcome.KEPT_AT_DESTINATION,
                        new UnitPost(NA_TAU.unitId(), SECRETARY), EXTENSION, LocalDate.of(2017, 7, 1)))
                .expectNoEvents()
                .expectException(invalid("placedAt.unitId"));
        fixture.given(proposed(), approved(), rotated(JULY_2014), completed())
                .when(new RecordPlacement(ROTATION_ID, PlacementOutcome.KEPT_AT_DESTINATION, TO, EXTENSION,
                        LocalDate.of(2017, 7, 1)))
                .expectEvents(new CadrePlacedAfterRotation(ROTATION_ID, "c-huong", DB,
                        PlacementOutcome.KEPT_AT_DESTINATION, TO, EXTENSION, LocalDate.of(2017, 7, 1)));
    }

    @Test
    void a_running_rotation_is_not_placed_yet() {
        fixture.given(proposed(), approved(), rotated(JULY_2014))
                .when(new RecordPlacement(ROTATION_ID, PlacementOutcome.RETURNED_EQUIVALENT, Proposals.FROM, EXTENSION,
                        LocalDate.of(2017, 7, 1)))
                .expectNoEvents()
                .expectException(ruleBroken("rotation-illegal-transition", "state", "ACTIVE"));
    }

    @Test
    void a_retired_cadre_is_not_rotated() {
        fixture.given(proposed())
                .when(new ApproveRotation(ROTATION_ID, DECISION, new KnownCadre("c-huong",
                        DB, "Đặng Quốc Hương", null, null, DB, null, List.of(), LocalDate.of(2014, 1, 1), null)))
                .expectNoEvents()
                .expectException(ruleBroken("cadre-retired"));
    }

    private static RotationCompleted completed() {
        return new RotationCompleted(ROTATION_ID, "c-huong", DB, 36, null, JUNE_2017);
    }
}
