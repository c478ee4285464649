package vn.cadres.rotation;

import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.rotation.RotationProposed;
import vn.cadres.platform.web.InvalidInput;
import vn.cadres.rotation.propose.ProposeRotation;

class RotationTest {

    private static final ProvinceCode DIEN_BIEN = ProvinceCode.of("DB");
    private static final String DISTRICT_OFFICE = "Văn phòng Huyện ủy Điện Biên";
    private static final String THANH_HUNG = "Đảng ủy xã Thanh Hưng";
    private static final LocalDate JULY_2014 = LocalDate.of(2014, 7, 1);
    private static final LocalDate JULY_2017 = LocalDate.of(2017, 7, 1);
    private static final LocalDate PROPOSED_ON = LocalDate.of(2014, 6, 15);

    private FixtureConfiguration<Rotation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Rotation.class);
    }

    @Test
    void a_rotation_is_proposed_for_a_planned_term_at_another_unit() {
        fixture.givenNoPriorActivity()
                .when(new ProposeRotation("r-1", "c-1", DIEN_BIEN, DISTRICT_OFFICE, THANH_HUNG, JULY_2014,
                        JULY_2017, PROPOSED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RotationProposed("r-1", "c-1", DIEN_BIEN, DISTRICT_OFFICE, THANH_HUNG, JULY_2014,
                        JULY_2017, PROPOSED_ON));
    }

    @Test
    void a_planned_term_cannot_end_before_it_starts() {
        fixture.givenNoPriorActivity()
                .when(new ProposeRotation("r-1", "c-1", DIEN_BIEN, DISTRICT_OFFICE, THANH_HUNG, JULY_2017,
                        JULY_2014, PROPOSED_ON))
                .expectNoEvents()
                .expectException(InvalidInput.class)
                .expectExceptionMessage(startsWith("plannedEnd:"));
    }

    @Test
    void a_planned_term_cannot_end_on_the_day_it_starts() {
        fixture.givenNoPriorActivity()
                .when(new ProposeRotation("r-1", "c-1", DIEN_BIEN, DISTRICT_OFFICE, THANH_HUNG, JULY_2014,
                        JULY_2014, PROPOSED_ON))
                .expectNoEvents()
                .expectException(InvalidInput.class)
                .expectExceptionMessage(startsWith("plannedEnd:"));
    }

    @Test
    void a_rotation_moves_the_cadre_to_another_unit() {
        fixture.givenNoPriorActivity()
                .when(new ProposeRotation("r-1", "c-1", DIEN_BIEN, THANH_HUNG, THANH_HUNG, JULY_2014, JULY_2017,
                        PROPOSED_ON))
                .expectNoEvents()
                .expectException(InvalidInput.class)
                .expectExceptionMessage(startsWith("toUnit:"));
    }

    @Test
    void a_unit_written_in_other_letter_case_is_the_same_unit() {
        fixture.givenNoPriorActivity()
                .when(new ProposeRotation("r-1", "c-1", DIEN_BIEN, THANH_HUNG, "ĐẢNG ỦY XÃ THANH HƯNG", JULY_2014,
                        JULY_2017, PROPOSED_ON))
                .expectNoEvents()
                .expectException(InvalidInput.class)
                .expectExceptionMessage(startsWith("toUnit:"));
    }
}
