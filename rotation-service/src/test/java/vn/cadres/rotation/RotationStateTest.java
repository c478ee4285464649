package vn.cadres.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cadres.rotation.DienBien.DB;
import static vn.cadres.rotation.DienBien.JULY_2014;
import static vn.cadres.rotation.DienBien.JUNE_2017;
import static vn.cadres.rotation.Proposals.ROTATION_ID;
import static vn.cadres.rotation.Proposals.TO;
import static vn.cadres.rotation.Proposals.approved;
import static vn.cadres.rotation.Proposals.proposed;
import static vn.cadres.rotation.Proposals.rotated;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cadres.contracts.rotation.CadrePlacedAfterRotation;
import vn.cadres.contracts.rotation.PlacementOutcome;
import vn.cadres.contracts.rotation.RotationCompleted;
import vn.cadres.contracts.rotation.RotationExtended;
import vn.cadres.contracts.rotation.RotationOverdue;
import vn.cadres.contracts.rotation.RotationRule;

/** What a rotation's events add up to, as the aggregate, the read model and the queries all see it. */
class RotationStateTest {

    @Test
    void a_cadre_kept_at_the_destination_stops_being_a_rotated_cadre() {
        RotationState rotation = RotationState.replay(List.of(proposed(), approved(), rotated(JULY_2014),
                new RotationCompleted(ROTATION_ID, "c-huong", DB, 36, null, JUNE_2017),
                new CadrePlacedAfterRotation(ROTATION_ID, "c-huong", DB, PlacementOutcome.KEPT_AT_DESTINATION, TO,
                        DienBien.DECISION, LocalDate.of(2017, 7, 1))));

        assertThat(rotation.status()).isEqualTo(RotationStatus.COMPLETED);
        assertThat(rotation.termMonths()).isEqualTo(36);
        assertThat(rotation.stillRotatedCadre()).isFalse();
    }

    @Test
    void an_overdue_rotation_is_no_longer_overdue_once_extended() {
        RotationOverdue overdue = new RotationOverdue(ROTATION_ID, "c-huong", DB, JUNE_2017, JUNE_2017.plusDays(1));
        RotationState rotation = RotationState.replay(List.of(proposed(), approved(), rotated(JULY_2014), overdue));

        assertThat(rotation.overdueSince()).isEqualTo(LocalDate.of(2017, 7, 1));
        assertThat(rotation.flags()).extracting(flag -> flag.flag().rule()).containsExactly(RotationRule.OVERDUE);

        rotation.apply(new RotationExtended(ROTATION_ID, "c-huong", DB, JUNE_2017, LocalDate.of(2018, 6, 30),
                DienBien.DECISION, "gia hạn", LocalDate.of(2017, 7, 10)));

        assertThat(rotation.overdueSince()).isNull();
        assertThat(rotation.plannedEnd()).isEqualTo(LocalDate.of(2018, 6, 30));
        assertThat(rotation.flags()).as("the flag stays in the record").hasSize(1);
    }
}
