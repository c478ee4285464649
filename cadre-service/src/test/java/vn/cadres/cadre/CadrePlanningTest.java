package vn.cadres.cadre;

import static vn.cadres.platform.testing.Refusals.invalid;
import static vn.cadres.platform.testing.Refusals.ruleBroken;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadres.cadre.planning.PlanningLimits;
import vn.cadres.cadre.planning.age.ReviewPlanningAge;
import vn.cadres.cadre.planning.plan.PlanCadre;
import vn.cadres.cadre.planning.remove.RemoveFromPlan;
import vn.cadres.cadre.profile.discipline.RecordDiscipline;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.contracts.cadre.DisciplineMeasure;
import vn.cadres.contracts.cadre.DisciplineRecorded;
import vn.cadres.contracts.cadre.PoliticalTheory;
import vn.cadres.contracts.cadre.ProfessionalEducation;
import vn.cadres.contracts.planning.CadrePlanned;
import vn.cadres.contracts.planning.CadreRemovedFromPlan;
import vn.cadres.contracts.unit.Level;

/** Succession planning (quy hoạch) of one cadre, as Quy định 377-QĐ/TW has it. */
class CadrePlanningTest {

    private static final ProvinceCode HAI_PHONG = ProvinceCode.of("HP");
    private static final LocalDate BORN = LocalDate.of(1975, 4, 2);
    private static final LocalDate DECIDED = LocalDate.of(2024, 12, 20);
    private static final LocalDate TERM_START = LocalDate.of(2025, 10, 1);
    private static final LocalDate TERM_END = LocalDate.of(2030, 9, 30);

    private FixtureConfiguration<Cadre> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Cadre.class);
        fixture.registerInjectableResource(new PlanningLimits(3, 3, 55));
    }

    private static CadreRegistered registered() {
        return new CadreRegistered("c-1", "Phạm Văn Quy", Gender.MALE, BORN, HAI_PHONG, LocalDate.of(2014, 7, 1),
                HAI_PHONG, "Xã An Hưng", "Kinh", ProfessionalEducation.MASTER, PoliticalTheory.ADVANCED,
                LocalDate.of(2000, 5, 19), "Ban Thường vụ Thành ủy Hải Phòng");
    }

    private static PlanCadre plan(String unitId, Level level) {
        return new PlanCadre("c-1", unitId, "Bí thư Đảng ủy", level, TERM_START, TERM_END, DECIDED);
    }

    private static CadrePlanned planned(String unitId, Level level) {
        return new CadrePlanned("c-1", HAI_PHONG, unitId, "Bí thư Đảng ủy", level, TERM_START, TERM_END,
                DECIDED);
    }

    private static CadreRemovedFromPlan droppedFrom(String unitId, String reason, LocalDate date) {
        return new CadreRemovedFromPlan("c-1", HAI_PHONG, unitId, "Bí thư Đảng ủy", reason, true, date);
    }

    @Test
    void a_cadre_is_planned_for_a_post_at_the_level_of_its_unit() {
        fixture.given(registered())
                .when(plan("u-1", Level.COMMUNE))
                .expectEvents(planned("u-1", Level.COMMUNE));
    }

    @Test
    void a_cadre_is_planned_for_at_most_three_posts_at_one_level() {
        fixture.given(registered(), planned("u-1", Level.COMMUNE), planned("u-2", Level.COMMUNE),
                        planned("u-3", Level.COMMUNE))
                .when(plan("u-4", Level.COMMUNE))
                .expectNoEvents()
                .expectException(ruleBroken("level-plan-full"));
    }

    @Test
    void posts_at_another_level_do_not_count_against_the_limit() {
        fixture.given(registered(), planned("u-1", Level.COMMUNE), planned("u-2", Level.COMMUNE),
                        planned("u-3", Level.COMMUNE))
                .when(plan("p-1", Level.PROVINCE))
                .expectEvents(planned("p-1", Level.PROVINCE));
    }

    @Test
    void a_cadre_is_planned_for_one_post_once() {
        fixture.given(registered(), planned("u-1", Level.COMMUNE))
                .when(plan("u-1", Level.COMMUNE))
                .expectNoEvents()
                .expectException(ruleBroken("already-planned"));
    }

    @Test
    void a_term_ends_after_it_starts() {
        fixture.given(registered())
                .when(new PlanCadre("c-1", "u-1", "Bí thư Đảng ủy", Level.COMMUNE, TERM_END, TERM_START,
                        DECIDED))
                .expectNoEvents()
                .expectException(invalid("termEnd"));
    }

    @Test
    void a_cadre_past_the_planning_age_is_not_planned() {
        fixture.given(registered())
                .when(new PlanCadre("c-1", "u-1", "Bí thư Đảng ủy", Level.COMMUNE, TERM_START, TERM_END,
                        LocalDate.of(2031, 4, 2)))
                .expectNoEvents()
                .expectException(ruleBroken("over-planning-age"));
    }

    @Test
    void a_removal_must_say_why() {
        fixture.given(registered(), planned("u-1", Level.COMMUNE))
                .when(new RemoveFromPlan("c-1", "u-1", "Bí thư Đảng ủy", " ", DECIDED))
                .expectNoEvents()
                .expectException(invalid("reason"));
    }

    @Test
    void a_removal_keeps_the_office_s_reason() {
        fixture.given(registered(), planned("u-1", Level.COMMUNE))
                .when(new RemoveFromPlan("c-1", "u-1", "Bí thư Đảng ủy", "chuyển công tác", DECIDED))
                .expectEvents(new CadreRemovedFromPlan("c-1", HAI_PHONG, "u-1", "Bí thư Đảng ủy",
                        "chuyển công tác", false, DECIDED));
    }

    @Test
    void only_a_planned_cadre_is_removed_from_a_plan() {
        fixture.given(registered())
                .when(new RemoveFromPlan("c-1", "u-1", "Bí thư Đảng ủy", "chuyển công tác", DECIDED))
                .expectNoEvents()
                .expectException(ruleBroken("not-planned"));
    }

    @Test
    void a_reprimand_drops_the_cadre_from_every_plan_in_the_same_command() {
        LocalDate sanctioned = LocalDate.of(2025, 4, 10);
        String reason = "kỷ luật khiển trách theo 15-QĐ/TU";
        fixture.given(registered(), planned("u-1", Level.COMMUNE), planned("p-1", Level.PROVINCE))
                .when(new RecordDiscipline("c-1", DisciplineMeasure.REPRIMAND, "15-QĐ/TU", sanctioned))
                .expectEvents(new DisciplineRecorded("c-1", HAI_PHONG, DisciplineMeasure.REPRIMAND, "15-QĐ/TU",
                                sanctioned),
                        droppedFrom("u-1", reason, sanctioned), droppedFrom("p-1", reason, sanctioned));
    }

    @Test
    void a_cadre_past_the_planning_age_drops_out_of_every_plan() {
        LocalDate asOf = LocalDate.of(2031, 4, 2);
        fixture.given(registered(), planned("u-1", Level.COMMUNE))
                .when(new ReviewPlanningAge("c-1", asOf))
                .expectResultMessagePayload(true)
                .expectEvents(droppedFrom("u-1", "quá tuổi quy hoạch: 56 tuổi, tối đa 55", asOf));
    }

    @Test
    void a_cadre_of_exactly_the_planning_age_stays_in_the_plan() {
        fixture.given(registered(), planned("u-1", Level.COMMUNE))
                .when(new ReviewPlanningAge("c-1", LocalDate.of(2030, 4, 2)))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }
}
