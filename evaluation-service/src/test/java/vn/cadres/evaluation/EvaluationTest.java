package vn.cadres.evaluation;

import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.evaluation.EvaluationRecorded;
import vn.cadres.evaluation.record.RecordEvaluation;
import vn.cadres.platform.web.InvalidInput;

class EvaluationTest {

    private static final ProvinceCode LANG_SON = ProvinceCode.of("LS");
    private static final LocalDate YEAR_START = LocalDate.of(2022, 1, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2022, 12, 31);

    private FixtureConfiguration<Evaluation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Evaluation.class);
    }

    @Test
    void an_evaluation_takes_effect_at_the_end_of_the_period_it_judges() {
        fixture.givenNoPriorActivity()
                .when(new RecordEvaluation("e-1", "c-1", LANG_SON, YEAR_START, YEAR_END, 82))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EvaluationRecorded("e-1", "c-1", LANG_SON, YEAR_START, YEAR_END, 82, YEAR_END));
    }

    @Test
    void a_period_of_a_single_day_may_be_evaluated() {
        fixture.givenNoPriorActivity()
                .when(new RecordEvaluation("e-1", "c-1", LANG_SON, YEAR_END, YEAR_END, 82))
                .expectEvents(new EvaluationRecorded("e-1", "c-1", LANG_SON, YEAR_END, YEAR_END, 82, YEAR_END));
    }

    @Test
    void an_evaluated_period_cannot_end_before_it_starts() {
        fixture.givenNoPriorActivity()
                .when(new RecordEvaluation("e-1", "c-1", LANG_SON, YEAR_END, YEAR_START, 82))
                .expectNoEvents()
                .expectException(InvalidInput.class)
                .expectExceptionMessage(startsWith("periodEnd:"));
    }
}
