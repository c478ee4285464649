package vn.cadres.evaluation.phase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.evaluation.Classification;
import vn.cadres.contracts.evaluation.EvaluationPhase;
import vn.cadres.contracts.evaluation.EvaluationPhaseChanged;
import vn.cadres.contracts.evaluation.EvaluationRecorded;
import vn.cadres.contracts.evaluation.EvaluatorRole;
import vn.cadres.evaluation.Evaluation;
import vn.cadres.evaluation.rotations.KnownRotation;
import vn.cadres.evaluation.scoring.EvaluationPolicy;

/** A phase re-derived when rotations become known later is a new event; an unchanged phase is none. */
class ReviewPhaseTest {

    private static final ProvinceCode DB = ProvinceCode.of("DB");
    private static final LocalDate YEAR_END = LocalDate.of(2016, 12, 31);
    private static final KnownRotation NA_TAU = new KnownRotation("r-2", "c-huong", DB, LocalDate.of(2015, 9, 15),
            LocalDate.of(2020, 9, 14), false);
    private static final EvaluationRecorded RECORDED_WITHOUT_ROTATION = new EvaluationRecorded("e-1", "c-huong", DB,
            LocalDate.of(2016, 1, 1), YEAR_END, "u-na-tau", EvaluatorRole.DECIDING_LEVEL, "Lãnh đạo, quản lý",
            Map.of("POLITICAL_QUALITY", 18, "COMPETENCE", 13, "TASK_RESULTS", 46, "REPUTATION", 9), 86,
            Classification.GOOD, false, List.of(), null, EvaluationPhase.NONE, YEAR_END);

    private FixtureConfiguration<Evaluation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Evaluation.class);
        fixture.registerInjectableResource(EvaluationPolicy.defaults());
    }

    @Test
    void a_rotation_back_filled_after_the_evaluation_places_it_during_the_rotation() {
        fixture.given(RECORDED_WITHOUT_ROTATION)
                .when(new ReviewPhase("e-1", List.of(NA_TAU)))
                .expectEvents(new EvaluationPhaseChanged("e-1", "c-huong", DB, null, EvaluationPhase.NONE, "r-2",
                        EvaluationPhase.DURING, YEAR_END))
                .expectResultMessagePayload(true);
    }

    @Test
    void the_same_rotations_again_change_nothing() {
        fixture.given(RECORDED_WITHOUT_ROTATION, new EvaluationPhaseChanged("e-1", "c-huong", DB, null,
                        EvaluationPhase.NONE, "r-2", EvaluationPhase.DURING, YEAR_END))
                .when(new ReviewPhase("e-1", List.of(NA_TAU)))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void a_cancelled_rotation_takes_the_phase_back_to_none() {
        fixture.given(RECORDED_WITHOUT_ROTATION, new EvaluationPhaseChanged("e-1", "c-huong", DB, null,
                        EvaluationPhase.NONE, "r-2", EvaluationPhase.DURING, YEAR_END))
                .when(new ReviewPhase("e-1", List.of()))
                .expectEvents(new EvaluationPhaseChanged("e-1", "c-huong", DB, "r-2", EvaluationPhase.DURING, null,
                        EvaluationPhase.NONE, YEAR_END));
    }
}
