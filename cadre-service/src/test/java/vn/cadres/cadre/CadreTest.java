package vn.cadres.cadre;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadres.cadre.register.RegisterCadre;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.platform.web.InvalidInput;

class CadreTest {

    private static final ProvinceCode DIEN_BIEN = ProvinceCode.of("DB");
    private static final LocalDate BORN = LocalDate.of(1980, 3, 12);

    private FixtureConfiguration<Cadre> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Cadre.class);
    }

    @Test
    void a_cadre_is_registered_under_the_province_that_manages_them() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCadre("c-1", "Đặng Quốc Hương", Gender.MALE, BORN, DIEN_BIEN,
                        LocalDate.of(2014, 7, 1)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CadreRegistered("c-1", "Đặng Quốc Hương", Gender.MALE, BORN, DIEN_BIEN,
                        LocalDate.of(2014, 7, 1)));
    }

    @Test
    void a_cadre_cannot_come_under_management_before_being_born() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCadre("c-1", "Đặng Quốc Hương", Gender.MALE, BORN, DIEN_BIEN,
                        LocalDate.of(1979, 1, 1)))
                .expectNoEvents()
                .expectException(InvalidInput.class);
    }
}
