package vn.cadres.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cadres.evaluation.Assessments.COMPLETED_60;
import static vn.cadres.evaluation.Assessments.DB;
import static vn.cadres.evaluation.Assessments.DECISION;
import static vn.cadres.evaluation.Assessments.EXCELLENT_93;
import static vn.cadres.evaluation.Assessments.FAILED_40;
import static vn.cadres.evaluation.Assessments.GOOD_86;
import static vn.cadres.evaluation.Assessments.ID;
import static vn.cadres.evaluation.Assessments.NO_OTHERS;
import static vn.cadres.evaluation.Assessments.YEAR_END;
import static vn.cadres.evaluation.Assessments.YEAR_START;
import static vn.cadres.evaluation.Assessments.decided;
import static vn.cadres.evaluation.Assessments.record;
import static vn.cadres.evaluation.Assessments.recorded;
import static vn.cadres.evaluation.Assessments.scores;
import static vn.cadres.evaluation.Assessments.verified;
import static vn.cadres.platform.testing.Refusals.invalid;
import static vn.cadres.platform.testing.Refusals.ruleBroken;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.contracts.evaluation.Classification;
import vn.cadres.contracts.evaluation.EvaluationAmended;
import vn.cadres.contracts.evaluation.EvaluationPhase;
import vn.cadres.contracts.evaluation.EvaluationRecorded;
import vn.cadres.contracts.evaluation.EvaluationVerified;
import vn.cadres.contracts.evaluation.EvaluatorRole;
import vn.cadres.evaluation.amend.AmendEvaluation;
import vn.cadres.evaluation.decide.DecideEvaluation;
import vn.cadres.evaluation.decide.QuotaCounts;
import vn.cadres.evaluation.scoring.EvaluationPolicy;
import vn.cadres.evaluation.scoring.ScoreSheet;
import vn.cadres.evaluation.verify.VerifyEvaluation;

/**
 * An evaluation under Quy định 124/366: scores and bands, the sanction rule, the order of the steps,
 * the quota of excellent and amendments.
 */
class EvaluationTest {

    /** The quota group: the unit, the group of cadres and the year. */
    private static final String NA_TAU_LEADERS_2016 = "u-na-tau | Lãnh đạo, quản lý | 2016";
    private static final LocalDate VERIFIED_ON = LocalDate.of(2017, 1, 10);
    private static final Decision AMENDING = new Decision("31-QĐ/HU", LocalDate.of(2017, 3, 1),
            "Ban Thường vụ Huyện ủy Điện Biên");

    private FixtureConfiguration<Evaluation> fixture;

    /** A 2016 evaluation self-assessed, verified and decided good at 86. */
    private static Object[] decidedGood() {
        return new Object[]{recorded(GOOD_86, 86, Classification.GOOD), verified(GOOD_86, 86, Classification.GOOD),
                decided(GOOD_86, 86, Classification.GOOD)};
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Evaluation.class);
        fixture.registerInjectableResource(EvaluationPolicy.defaults());
    }

    // Scores and bands

    @Test
    void a_self_assessment_is_recorded_with_its_total_class_indicators_and_phase() {
        fixture.givenNoPriorActivity()
                .when(record(GOOD_86, null, null))
                .expectEvents(recorded(GOOD_86, 86, Classification.GOOD));
    }

    @Test
    void the_bands_give_the_class_of_a_total() {
        expectClass(scores(20, 15, 50, 5), 90, Classification.EXCELLENT);
        expectClass(scores(20, 15, 49, 5), 89, Classification.GOOD);
        expectClass(scores(14, 10, 40, 6), 70, Classification.GOOD);
        expectClass(scores(14, 10, 39, 6), 69, Classification.COMPLETED);
        expectClass(scores(10, 8, 27, 5), 50, Classification.COMPLETED);
        expectClass(scores(10, 8, 26, 5), 49, Classification.NOT_COMPLETED);
    }

    private void expectClass(Map<String, Integer> scores, int total, Classification classification) {
        fixture.givenNoPriorActivity()
                .when(record(scores, total, classification))
                .expectEvents(recorded(scores, total, classification));
    }

    @Test
    void a_score_above_its_criterions_points_is_refused_naming_the_criterion() {
        fixture.givenNoPriorActivity()
                .when(record(scores(21, 15, 50, 5), null, null))
                .expectNoEvents()
                .expectException(invalid("scores.POLITICAL_QUALITY"));
    }

    @Test
    void every_criterion_is_scored_and_no_other() {
        fixture.givenNoPriorActivity()
                .when(record(Map.of("POLITICAL_QUALITY", 18, "COMPETENCE", 13, "TASK_RESULTS", 46), null, null))
                .expectNoEvents()
                .expectException(invalid("scores.REPUTATION"));
        fixture.givenNoPriorActivity()
                .when(record(Map.of("POLITICAL_QUALITY", 18, "COMPETENCE", 13, "TASK_RESULTS", 46, "REPUTATION", 9,
                        "LOYALTY", 5), null, null))
                .expectNoEvents()
                .expectException(invalid("scores.LOYALTY"));
    }

    @Test
    void a_stated_total_that_is_not_the_sum_is_refused() {
        fixture.givenNoPriorActivity()
                .when(record(GOOD_86, 90, null))
                .expectNoEvents()
                .expectException(invalid("totalScore"));
    }

    @Test
    void a_stated_class_that_contradicts_the_total_is_refused() {
        fixture.givenNoPriorActivity()
                .when(record(GOOD_86, 86, Classification.EXCELLENT))
                .expectNoEvents()
                .expectException(invalid("classification"));
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() {
        fixture.givenNoPriorActivity()
                .when(record(Assessments.huong(), YEAR_END, YEAR_START, new ScoreSheet(GOOD_86, null, null), List.of()))
                .expectNoEvents()
                .expectException(invalid("periodEnd"));
    }

    // A disciplinary sanction in the period

    @Test
    void a_sanction_in_the_period_makes_it_not_completed_whatever_the_total() {
        fixture.givenNoPriorActivity()
                .when(record(Assessments.sanctionedOn(LocalDate.of(2016, 4, 10)), YEAR_START, YEAR_END,
                        new ScoreSheet(EXCELLENT_93, null, null), List.of(Assessments.TO_NA_TAU)))
                .expectEvents(new EvaluationRecorded(ID, "c-huong", DB, YEAR_START, YEAR_END, Assessments.UNIT,
                        EvaluatorRole.RECEIVING_UNIT, Assessments.GROUP, EXCELLENT_93, 93,
                        Classification.NOT_COMPLETED, true, Assessments.POVERTY, "r-2",
                        EvaluationPhase.DURING, YEAR_END));
    }

    @Test
    void a_sanction_outside_the_period_does_not_count() {
        fixture.givenNoPriorActivity()
                .when(record(Assessments.sanctionedOn(LocalDate.of(2017, 1, 1)), YEAR_START, YEAR_END,
                        new ScoreSheet(GOOD_86, null, null), List.of(Assessments.TO_NA_TAU)))
                .expectEvents(recorded(GOOD_86, 86, Classification.GOOD));
    }

    @Test
    void claiming_the_class_of_the_total_despite_a_sanction_is_refused() {
        fixture.givenNoPriorActivity()
                .when(record(Assessments.sanctionedOn(YEAR_END), YEAR_START, YEAR_END,
                        new ScoreSheet(GOOD_86, 86, Classification.GOOD), List.of()))
                .expectNoEvents()
                .expectException(invalid("classification"));
    }

    // The steps: self-assessment, verification, decision

    @Test
    void the_office_verifies_and_may_correct_the_scores() {
        fixture.given(recorded(EXCELLENT_93, 93, Classification.EXCELLENT))
                .when(new VerifyEvaluation(ID, Assessments.huong(), new ScoreSheet(GOOD_86, null, null), "thiếu minh chứng",
                        VERIFIED_ON))
                .expectEvents(new EvaluationVerified(ID, "c-huong", DB, GOOD_86, 86, Classification.GOOD,
                        "thiếu minh chứng", VERIFIED_ON));
    }

    @Test
    void verification_without_scores_keeps_the_self_assessed_ones() {
        fixture.given(recorded(GOOD_86, 86, Classification.GOOD))
                .when(new VerifyEvaluation(ID, Assessments.huong(), null, null, VERIFIED_ON))
                .expectEvents(new EvaluationVerified(ID, "c-huong", DB, GOOD_86, 86, Classification.GOOD, null,
                        VERIFIED_ON));
    }

    @Test
    void the_competent_level_decides_a_verified_evaluation() {
        fixture.given(recorded(GOOD_86, 86, Classification.GOOD), verified(GOOD_86, 86, Classification.GOOD))
                .when(new DecideEvaluation(ID, Assessments.huong(), null, DECISION, NO_OTHERS))
                .expectEvents(decided(GOOD_86, 86, Classification.GOOD));
    }

    @Test
    void nothing_is_decided_before_it_is_verified() {
        fixture.given(recorded(GOOD_86, 86, Classification.GOOD))
                .when(new DecideEvaluation(ID, Assessments.huong(), null, DECISION, NO_OTHERS))
                .expectNoEvents()
                .expectException(ruleBroken("evaluation-out-of-order", "state", "SELF_ASSESSED"));
    }

    @Test
    void a_decided_evaluation_is_not_verified_again() {
        fixture.given(decidedGood())
                .when(new VerifyEvaluation(ID, Assessments.huong(), null, null, VERIFIED_ON))
                .expectNoEvents()
                .expectException(ruleBroken("evaluation-out-of-order", "state", "DECIDED"));
    }

    // The quota: excellent at most 20% of good in one unit, group and year

    @Test
    void an_excellent_that_would_pass_a_fifth_of_the_good_is_refused_naming_the_counts() {
        QuotaCounts nineGoodOneExcellent = new QuotaCounts(NA_TAU_LEADERS_2016, 1, 9);
        fixture.given(recorded(EXCELLENT_93, 93, Classification.EXCELLENT),
                        verified(EXCELLENT_93, 93, Classification.EXCELLENT))
                .when(new DecideEvaluation(ID, Assessments.huong(), null, DECISION, nineGoodOneExcellent))
                .expectNoEvents()
                .expectException(ruleBroken("evaluation-quota-exceeded", "maxExcellent", 1));
    }

    @Test
    void an_excellent_within_a_fifth_of_the_good_is_decided() {
        QuotaCounts tenGoodOneExcellent = new QuotaCounts(NA_TAU_LEADERS_2016, 1, 10);
        fixture.given(recorded(EXCELLENT_93, 93, Classification.EXCELLENT),
                        verified(EXCELLENT_93, 93, Classification.EXCELLENT))
                .when(new DecideEvaluation(ID, Assessments.huong(), null, DECISION, tenGoodOneExcellent))
                .expectEvents(decided(EXCELLENT_93, 93, Classification.EXCELLENT));
    }

    @Test
    void a_good_or_lower_class_is_never_refused_by_the_quota() {
        QuotaCounts overTheQuota = new QuotaCounts(NA_TAU_LEADERS_2016, 5, 0);
        fixture.given(recorded(COMPLETED_60, 60, Classification.COMPLETED),
                        verified(COMPLETED_60, 60, Classification.COMPLETED))
                .when(new DecideEvaluation(ID, Assessments.huong(), null, DECISION, overTheQuota))
                .expectEvents(decided(COMPLETED_60, 60, Classification.COMPLETED));
    }

    // Amendments

    @Test
    void an_amendment_needs_a_reason_and_keeps_what_it_replaces() {
        fixture.given(decidedGood())
                .when(new AmendEvaluation(ID, Assessments.huong(), new ScoreSheet(COMPLETED_60, null, null),
                        "phát hiện sai phạm sau quyết định", AMENDING, NO_OTHERS))
                .expectEvents(new EvaluationAmended(ID, "c-huong", DB, Classification.GOOD, 86, COMPLETED_60, 60,
                        Classification.COMPLETED, "phát hiện sai phạm sau quyết định", AMENDING, AMENDING.date()));
        fixture.given(decidedGood())
                .when(new AmendEvaluation(ID, Assessments.huong(), new ScoreSheet(COMPLETED_60, null, null), " ",
                        AMENDING, NO_OTHERS))
                .expectNoEvents()
                .expectException(invalid("reason"));
    }

    @Test
    void only_a_decided_evaluation_is_amended_and_only_to_something_else() {
        fixture.given(recorded(GOOD_86, 86, Classification.GOOD), verified(GOOD_86, 86, Classification.GOOD))
                .when(new AmendEvaluation(ID, Assessments.huong(), new ScoreSheet(FAILED_40, null, null), "sửa",
                        AMENDING, NO_OTHERS))
                .expectNoEvents()
                .expectException(ruleBroken("evaluation-out-of-order", "state", "VERIFIED"));
        fixture.given(decidedGood())
                .when(new AmendEvaluation(ID, Assessments.huong(), new ScoreSheet(GOOD_86, null, null), "sửa",
                        AMENDING, NO_OTHERS))
                .expectNoEvents()
                .expectException(invalid("scores"));
    }

    @Test
    void taking_away_a_good_that_the_excellent_of_the_unit_rest_on_is_refused() {
        QuotaCounts oneExcellentFourOtherGood = new QuotaCounts(NA_TAU_LEADERS_2016, 1, 4);
        fixture.given(decidedGood())
                .when(new AmendEvaluation(ID, Assessments.huong(), new ScoreSheet(COMPLETED_60, null, null),
                        "hạ bậc", AMENDING, oneExcellentFourOtherGood))
                .expectNoEvents()
                .expectException(ruleBroken("evaluation-quota-exceeded", "good", 4));
    }

    @Test
    void a_decision_counts_as_amended_in_the_state() {
        EvaluationState state = EvaluationState.replay(List.of(recorded(GOOD_86, 86, Classification.GOOD),
                verified(GOOD_86, 86, Classification.GOOD), decided(GOOD_86, 86, Classification.GOOD),
                new EvaluationAmended(ID, "c-huong", DB, Classification.GOOD, 86, COMPLETED_60, 60,
                        Classification.COMPLETED, "sửa", AMENDING, AMENDING.date())));

        assertThat(state.decided().classification()).isEqualTo(Classification.COMPLETED);
        assertThat(state.amendments()).hasSize(1);
        assertThat(state.amendments().getFirst().previousClassification())
                .isEqualTo(Classification.GOOD);
    }
}
