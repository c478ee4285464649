package vn.cadres.rotation;

import static vn.cadres.rotation.DienBien.DB;
import static vn.cadres.rotation.DienBien.JULY_2014;
import static vn.cadres.rotation.DienBien.JUNE_2017;
import static vn.cadres.rotation.Proposals.ROTATION_ID;
import static vn.cadres.rotation.Proposals.approved;
import static vn.cadres.rotation.Proposals.proposed;
import static vn.cadres.rotation.Proposals.rotated;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadres.contracts.rotation.RotationCompleted;
import vn.cadres.contracts.rotation.RotationExtended;
import vn.cadres.contracts.rotation.RotationOverdue;
import vn.cadres.contracts.rotation.RotationRule;
import vn.cadres.rotation.overdue.MarkRotationOverdue;
import vn.cadres.rotation.rules.RotationPolicy;
import vn.cadres.rotation.rules.RuleMode;

/** The overdue deadline as each rotation's record decides it: once, on the day after the planned end. */
class OverdueTest {

    private static final RotationOverdue OVERDUE = new RotationOverdue(ROTATION_ID, "c-huong", DB, JUNE_2017,
            LocalDate.of(2017, 7, 1));

    private FixtureConfiguration<Rotation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Rotation.class);
        fixture.registerInjectableResource(RotationPolicy.defaults());
    }

    @Test
    void a_running_rotation_is_not_overdue_on_the_last_day_of_its_term() {
        fixture.given(proposed(), approved(), rotated(JULY_2014))
                .when(new MarkRotationOverdue(ROTATION_ID, JUNE_2017))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void a_running_rotation_falls_due_the_day_after_its_planned_end() {
        fixture.given(proposed(), approved(), rotated(JULY_2014))
                .when(new MarkRotationOverdue(ROTATION_ID, LocalDate.of(2017, 7, 1)))
                .expectEvents(OVERDUE)
                .expectResultMessagePayload(true);
    }

    @Test
    void a_rotation_entered_years_late_is_flagged_as_of_the_day_it_fell_due() {
        fixture.given(proposed(), approved(), rotated(JULY_2014))
                .when(new MarkRotationOverdue(ROTATION_ID, LocalDate.of(2026, 12, 1)))
                .expectEvents(OVERDUE);
    }

    @Test
    void an_overdue_rotation_is_flagged_once() {
        fixture.given(proposed(), approved(), rotated(JULY_2014), OVERDUE)
                .when(new MarkRotationOverdue(ROTATION_ID, LocalDate.of(2017, 7, 2)))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void an_extended_rotation_falls_due_again_after_its_new_planned_end() {
        LocalDate newEnd = LocalDate.of(2018, 6, 30);
        fixture.given(proposed(), approved(), rotated(JULY_2014), OVERDUE, new RotationExtended(ROTATION_ID,
                        "c-huong", DB, JUNE_2017, newEnd, DienBien.DECISION, "gia hạn", LocalDate.of(2017, 7, 5)))
                .when(new MarkRotationOverdue(ROTATION_ID, LocalDate.of(2018, 7, 1)))
                .expectEvents(new RotationOverdue(ROTATION_ID, "c-huong", DB, newEnd, LocalDate.of(2018, 7, 1)));
    }

    @Test
    void a_completed_rotation_is_never_overdue() {
        fixture.given(proposed(), approved(), rotated(JULY_2014),
                        new RotationCompleted(ROTATION_ID, "c-huong", DB, 36, null, JUNE_2017))
                .when(new MarkRotationOverdue(ROTATION_ID, LocalDate.of(2018, 7, 1)))
                .expectNoEvents();
    }

    @Test
    void a_proposal_is_never_overdue() {
        fixture.given(proposed())
                .when(new MarkRotationOverdue(ROTATION_ID, LocalDate.of(2018, 7, 1)))
                .expectNoEvents();
    }

    @Test
    void the_deadline_switched_off_flags_nothing() {
        fixture = new AggregateTestFixture<>(Rotation.class);
        fixture.registerInjectableResource(RotationPolicy.defaults().with(RotationRule.OVERDUE, RuleMode.OFF));
        fixture.given(proposed(), approved(), rotated(JULY_2014))
                .when(new MarkRotationOverdue(ROTATION_ID, LocalDate.of(2018, 7, 1)))
                .expectNoEvents();
    }
}
