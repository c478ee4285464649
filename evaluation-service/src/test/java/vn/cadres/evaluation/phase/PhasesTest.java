package vn.cadres.evaluation.phase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.evaluation.EvaluationPhase;
import vn.cadres.contracts.evaluation.EvaluatorRole;
import vn.cadres.evaluation.rotations.KnownRotation;

/** Where Đặng Quốc Hương's evaluations fall against his two rotations (July 2014, September 2015). */
class PhasesTest {

    private static final KnownRotation THANH_HUNG = new KnownRotation("r-1", "c-huong", ProvinceCode.of("DB"),
            LocalDate.of(2014, 7, 1), LocalDate.of(2015, 9, 14), false);
    private static final KnownRotation NA_TAU = new KnownRotation("r-2", "c-huong", ProvinceCode.of("DB"),
            LocalDate.of(2015, 9, 15), LocalDate.of(2020, 9, 14), false);
    private static final List<KnownRotation> BOTH = List.of(THANH_HUNG, NA_TAU);

    @Test
    void the_year_before_the_first_rotation_is_before_it() {
        assertThat(phase("2013-12-31", EvaluatorRole.DECIDING_LEVEL)).isEqualTo(new PhaseOf("r-1", EvaluationPhase.BEFORE));
    }

    @Test
    void a_year_ending_during_a_rotation_is_during_it() {
        assertThat(phase("2014-12-31", EvaluatorRole.DECIDING_LEVEL)).isEqualTo(new PhaseOf("r-1", EvaluationPhase.DURING));
        assertThat(phase("2016-12-31", EvaluatorRole.RECEIVING_UNIT)).isEqualTo(new PhaseOf("r-2", EvaluationPhase.DURING));
    }

    @Test
    void the_end_of_rotation_review_on_its_last_day_is_during_it() {
        assertThat(phase("2015-09-14", EvaluatorRole.RECEIVING_UNIT)).isEqualTo(new PhaseOf("r-1", EvaluationPhase.DURING));
    }

    @Test
    void the_sending_unit_assesses_before_the_next_rotation_even_while_the_cadre_is_in_another() {
        assertThat(phase("2015-08-31", EvaluatorRole.SENDING_UNIT)).isEqualTo(new PhaseOf("r-2", EvaluationPhase.BEFORE));
        assertThat(phase("2015-08-31", EvaluatorRole.RECEIVING_UNIT)).isEqualTo(new PhaseOf("r-1", EvaluationPhase.DURING));
    }

    @Test
    void the_years_after_the_last_rotation_are_after_it_within_the_window() {
        assertThat(phase("2021-12-31", EvaluatorRole.DECIDING_LEVEL)).isEqualTo(new PhaseOf("r-2", EvaluationPhase.AFTER));
        assertThat(phase("2023-12-31", EvaluatorRole.DECIDING_LEVEL)).isEqualTo(PhaseOf.NONE);
    }

    @Test
    void a_rotation_running_past_its_planned_end_has_not_ended_so_its_evaluations_are_during_it() {
        KnownRotation overdue = new KnownRotation("r-3", "c-huong", ProvinceCode.of("DB"), LocalDate.of(2021, 3, 1),
                LocalDate.of(2024, 2, 29), true);
        assertThat(Phases.derive(LocalDate.of(2024, 12, 31), EvaluatorRole.RECEIVING_UNIT, List.of(overdue), 24))
                .isEqualTo(new PhaseOf("r-3", EvaluationPhase.DURING));
        KnownRotation completed = new KnownRotation("r-3", "c-huong", ProvinceCode.of("DB"), LocalDate.of(2021, 3, 1),
                LocalDate.of(2024, 2, 29), false);
        assertThat(Phases.derive(LocalDate.of(2024, 12, 31), EvaluatorRole.RECEIVING_UNIT, List.of(completed), 24))
                .isEqualTo(new PhaseOf("r-3", EvaluationPhase.AFTER));
    }

    @Test
    void far_from_any_rotation_or_with_none_there_is_no_phase() {
        assertThat(phase("2008-12-31", EvaluatorRole.DECIDING_LEVEL)).isEqualTo(PhaseOf.NONE);
        assertThat(Phases.derive(LocalDate.of(2016, 12, 31), EvaluatorRole.DECIDING_LEVEL, List.of(), 24))
                .isEqualTo(PhaseOf.NONE);
    }

    private static PhaseOf phase(String periodEnd, EvaluatorRole role) {
        return Phases.derive(LocalDate.parse(periodEnd), role, BOTH, 24);
    }
}
