package vn.cadres.cadre;

import static vn.cadres.platform.testing.Refusals.invalid;
import static vn.cadres.platform.testing.Refusals.ruleBroken;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadres.cadre.appointment.appoint.AppointCadre;
import vn.cadres.cadre.appointment.end.EndAppointment;
import vn.cadres.cadre.profile.correct.CorrectProfile;
import vn.cadres.cadre.profile.death.RecordDeath;
import vn.cadres.cadre.profile.discipline.RecordDiscipline;
import vn.cadres.cadre.profile.qualification.RecordQualification;
import vn.cadres.cadre.profile.register.RegisterCadre;
import vn.cadres.cadre.profile.retire.RetireCadre;
import vn.cadres.cadre.unit.KnownUnits;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.CadreAppointed;
import vn.cadres.contracts.cadre.CadreAppointmentEnded;
import vn.cadres.contracts.cadre.CadreDied;
import vn.cadres.contracts.cadre.CadreProfileCorrected;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.contracts.cadre.CadreRetired;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.contracts.cadre.DisciplineMeasure;
import vn.cadres.contracts.cadre.DisciplineRecorded;
import vn.cadres.contracts.cadre.PoliticalTheory;
import vn.cadres.contracts.cadre.ProfessionalEducation;
import vn.cadres.contracts.cadre.QualificationKind;
import vn.cadres.contracts.cadre.QualificationRecorded;
import vn.cadres.contracts.unit.Level;

class CadreTest {

    private static final ProvinceCode DIEN_BIEN = ProvinceCode.of("DB");
    private static final LocalDate BORN = LocalDate.of(1980, 3, 12);
    private static final LocalDate MANAGED = LocalDate.of(2014, 7, 1);
    private static final LocalDate JOINED_PARTY = LocalDate.of(2005, 5, 19);

    private static final String OFFICE = "u-office";
    private static final String DEPUTY_CHIEF = "Phó Chánh Văn phòng Huyện ủy";
    private static final Decision APPOINTING = new Decision("125-QĐ/HU", LocalDate.of(2014, 6, 20),
            "Ban Thường vụ Huyện ủy Mường Ảng");
    private static final Decision RELIEVING = new Decision("310-QĐ/HU", LocalDate.of(2015, 9, 10),
            "Ban Thường vụ Huyện ủy Mường Ảng");

    /** 4 December 2026 in Vietnam, still the 3rd in UTC. */
    private static final Clock HALF_PAST_MIDNIGHT_IN_VIETNAM = Clock.fixed(Instant.parse("2026-12-03T17:30:00Z"),
            ZoneOffset.UTC);

    private FixtureConfiguration<Cadre> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Cadre.class);
        fixture.registerInjectableResource(new KnownUnits()
                .active(OFFICE, DIEN_BIEN, Level.DISTRICT, LocalDate.of(2007, 1, 1))
                .merged("u-district", DIEN_BIEN, Level.DISTRICT, LocalDate.of(2007, 1, 1), LocalDate.of(2025, 7, 1),
                        OFFICE)
                .active("u-hanoi", ProvinceCode.of("HN"), Level.PROVINCE, LocalDate.of(2008, 8, 1)));
        fixture.registerInjectableResource(HALF_PAST_MIDNIGHT_IN_VIETNAM);
    }

    private static RegisterCadre registration(LocalDate effective, LocalDate partyEntry) {
        return new RegisterCadre("c-1", "Đặng Quốc Hương", Gender.MALE, BORN, DIEN_BIEN, effective, DIEN_BIEN,
                "Xã Thanh Hưng", "Thái", ProfessionalEducation.BACHELOR, PoliticalTheory.INTERMEDIATE, partyEntry,
                "Ban Thường vụ Tỉnh ủy Điện Biên");
    }

    private static CadreRegistered registered() {
        return new CadreRegistered("c-1", "Đặng Quốc Hương", Gender.MALE, BORN, DIEN_BIEN, MANAGED, DIEN_BIEN,
                "Xã Thanh Hưng", "Thái", ProfessionalEducation.BACHELOR, PoliticalTheory.INTERMEDIATE, JOINED_PARTY,
                "Ban Thường vụ Tỉnh ủy Điện Biên");
    }

    private static CadreDied died() {
        return new CadreDied("c-1", DIEN_BIEN, LocalDate.of(2020, 1, 1));
    }

    @Test
    void a_cadre_is_registered_under_the_province_that_manages_them() {
        fixture.givenNoPriorActivity()
                .when(registration(MANAGED, JOINED_PARTY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void a_cadre_cannot_come_under_management_before_being_born() {
        fixture.givenNoPriorActivity()
                .when(registration(LocalDate.of(1979, 1, 1), null))
                .expectNoEvents()
                .expectException(invalid("effectiveDate"));
    }

    @Test
    void a_cadre_cannot_join_the_party_before_being_born() {
        fixture.givenNoPriorActivity()
                .when(registration(MANAGED, LocalDate.of(1975, 1, 1)))
                .expectNoEvents()
                .expectException(invalid("partyEntryDate"));
    }

    @Test
    void a_correction_keeps_the_value_it_replaces_and_the_reason() {
        fixture.given(registered())
                .when(new CorrectProfile("c-1", "homeCommune", "Xã Thanh Xương", "sai quê quán", MANAGED))
                .expectEvents(new CadreProfileCorrected("c-1", DIEN_BIEN, "homeCommune", "Xã Thanh Hưng",
                        "Xã Thanh Xương", "sai quê quán", MANAGED));
    }

    @Test
    void only_profile_fields_can_be_corrected() {
        fixture.given(registered())
                .when(new CorrectProfile("c-1", "shoeSize", "42", "sai", MANAGED))
                .expectNoEvents()
                .expectException(invalid("field"));
    }

    @Test
    void a_correction_must_say_why() {
        fixture.given(registered())
                .when(new CorrectProfile("c-1", "ethnicity", "Kinh", " ", MANAGED))
                .expectNoEvents()
                .expectException(invalid("reason"));
    }

    @Test
    void a_corrected_value_must_be_a_value_of_its_field() {
        fixture.given(registered())
                .when(new CorrectProfile("c-1", "politicalTheory", "VERY_HIGH", "sai", MANAGED))
                .expectNoEvents()
                .expectException(invalid("newValue"));
    }

    private static CorrectProfile correcting(String field, String value) {
        return new CorrectProfile("c-1", field, value, "sai trong hồ sơ gốc", MANAGED);
    }

    @Test
    void a_birth_date_is_corrected_only_to_a_date_in_the_past() {
        fixture.given(registered())
                .when(correcting("birthDate", "9999-12-31"))
                .expectNoEvents()
                .expectException(invalid("newValue"));
    }

    @Test
    void a_birth_date_is_not_corrected_to_after_a_fact_already_recorded() {
        fixture.given(registered(), new QualificationRecorded("c-1", DIEN_BIEN, QualificationKind.PROFESSIONAL,
                        "INTERMEDIATE", "Trường Trung cấp", LocalDate.of(1998, 6, 30)))
                .when(correcting("birthDate", "2000-01-01"))
                .expectNoEvents()
                .expectException(invalid("newValue"));
    }

    @Test
    void a_birth_date_is_not_corrected_to_after_joining_the_party() {
        fixture.given(registered())
                .when(correcting("birthDate", "2006-01-01"))
                .expectNoEvents()
                .expectException(invalid("newValue"));
    }

    @Test
    void a_birth_date_is_corrected_to_a_date_before_every_fact() {
        fixture.given(registered())
                .when(correcting("birthDate", "1980-03-21"))
                .expectEvents(new CadreProfileCorrected("c-1", DIEN_BIEN, "birthDate", BORN.toString(), "1980-03-21",
                        "sai trong hồ sơ gốc", MANAGED));
    }

    @Test
    void a_party_entry_date_is_not_corrected_to_before_birth() {
        fixture.given(registered())
                .when(correcting("partyEntryDate", "1979-01-01"))
                .expectNoEvents()
                .expectException(invalid("newValue"));
    }

    @Test
    void a_party_entry_date_may_be_today_in_vietnam_but_not_later() {
        fixture.given(registered())
                .when(correcting("partyEntryDate", "2026-12-04"))
                .expectSuccessfulHandlerExecution();
        fixture.given(registered())
                .when(correcting("partyEntryDate", "2026-12-05"))
                .expectNoEvents()
                .expectException(invalid("newValue"));
    }

    @Test
    void a_corrected_text_is_no_longer_than_registration_allows() {
        fixture.given(registered())
                .when(correcting("ethnicity", "K".repeat(51)))
                .expectNoEvents()
                .expectException(invalid("newValue"));
    }

    @Test
    void a_qualification_level_belongs_to_the_ladder_of_its_kind() {
        fixture.given(registered())
                .when(new RecordQualification("c-1", QualificationKind.POLITICAL_THEORY, "MASTER", "Học viện",
                        MANAGED))
                .expectNoEvents()
                .expectException(invalid("level"));
    }

    @Test
    void a_qualification_is_recorded_with_its_level_and_institution() {
        fixture.given(registered())
                .when(new RecordQualification("c-1", QualificationKind.PROFESSIONAL, "MASTER", "Đại học Luật",
                        MANAGED))
                .expectEvents(new QualificationRecorded("c-1", DIEN_BIEN, QualificationKind.PROFESSIONAL, "MASTER",
                        "Đại học Luật", MANAGED));
    }

    @Test
    void a_discipline_is_recorded_on_its_decision() {
        fixture.given(registered())
                .when(new RecordDiscipline("c-1", DisciplineMeasure.WARNING, "15-QĐ/TU", MANAGED))
                .expectEvents(new DisciplineRecorded("c-1", DIEN_BIEN, DisciplineMeasure.WARNING, "15-QĐ/TU",
                        MANAGED));
    }

    @Test
    void a_cadre_retires_only_once() {
        fixture.given(registered(), new CadreRetired("c-1", DIEN_BIEN, LocalDate.of(2040, 4, 1)))
                .when(new RetireCadre("c-1", LocalDate.of(2041, 4, 1)))
                .expectNoEvents()
                .expectException(ruleBroken("cadre-already-retired"));
    }

    @Test
    void nothing_may_be_recorded_for_a_dead_cadre() {
        fixture.given(registered(), died())
                .when(new RecordQualification("c-1", QualificationKind.PROFESSIONAL, "MASTER", "Đại học", MANAGED))
                .expectNoEvents()
                .expectException(ruleBroken("cadre-deceased"));
    }

    @Test
    void a_cadre_dies_only_once() {
        fixture.given(registered(), died())
                .when(new RecordDeath("c-1", LocalDate.of(2021, 1, 1)))
                .expectNoEvents()
                .expectException(ruleBroken("cadre-deceased"));
    }

    @Test
    void no_fact_about_a_cadre_takes_effect_before_their_birth() {
        fixture.given(registered())
                .when(new RecordDiscipline("c-1", DisciplineMeasure.REPRIMAND, "1-QĐ", LocalDate.of(1979, 12, 31)))
                .expectNoEvents()
                .expectException(invalid("effectiveDate"));
    }

    @Test
    void a_cadre_retires_and_may_still_die_afterwards() {
        fixture.given(registered(), new CadreRetired("c-1", DIEN_BIEN, LocalDate.of(2040, 4, 1)))
                .when(new RecordDeath("c-1", LocalDate.of(2050, 1, 1)))
                .expectEvents(new CadreDied("c-1", DIEN_BIEN, LocalDate.of(2050, 1, 1)));
    }

    private static CadreAppointed appointed() {
        return new CadreAppointed("c-1", DIEN_BIEN, OFFICE, DEPUTY_CHIEF, APPOINTING, MANAGED);
    }

    private static EndAppointment ending(String post, LocalDate effective) {
        return new EndAppointment("c-1", OFFICE, post, RELIEVING, effective, "luân chuyển về xã");
    }

    @Test
    void a_cadre_is_appointed_to_a_post_on_a_decision() {
        fixture.given(registered())
                .when(new AppointCadre("c-1", OFFICE, DEPUTY_CHIEF, APPOINTING, MANAGED))
                .expectEvents(appointed());
    }

    @Test
    void an_appointment_cannot_take_effect_before_the_cadre_was_born() {
        fixture.given(registered())
                .when(new AppointCadre("c-1", OFFICE, DEPUTY_CHIEF, APPOINTING, LocalDate.of(1979, 12, 31)))
                .expectNoEvents()
                .expectException(invalid("effectiveDate"));
    }

    @Test
    void nobody_is_appointed_after_their_death() {
        fixture.given(registered(), died())
                .when(new AppointCadre("c-1", OFFICE, DEPUTY_CHIEF, APPOINTING, LocalDate.of(2021, 1, 1)))
                .expectNoEvents()
                .expectException(ruleBroken("cadre-deceased"));
    }

    @Test
    void an_appointment_is_to_a_unit_that_exists() {
        fixture.given(registered())
                .when(new AppointCadre("c-1", "u-404", DEPUTY_CHIEF, APPOINTING, MANAGED))
                .expectNoEvents()
                .expectException(invalid("unitId"));
    }

    @Test
    void nobody_is_appointed_to_a_unit_that_no_longer_exists_that_day() {
        fixture.given(registered())
                .when(new AppointCadre("c-1", "u-district", DEPUTY_CHIEF, APPOINTING, LocalDate.of(2025, 7, 1)))
                .expectNoEvents()
                .expectException(invalid("unitId"));
    }

    @Test
    void a_move_to_a_unit_of_another_province_is_a_transfer_not_an_appointment() {
        fixture.given(registered())
                .when(new AppointCadre("c-1", "u-hanoi", DEPUTY_CHIEF, APPOINTING, MANAGED))
                .expectNoEvents()
                .expectException(ruleBroken(Cadre.APPOINTMENT_IN_ANOTHER_PROVINCE, "unitProvince", "HN"));
    }

    @Test
    void a_post_already_held_is_not_appointed_again() {
        fixture.given(registered(), appointed())
                .when(new AppointCadre("c-1", OFFICE, DEPUTY_CHIEF, APPOINTING, LocalDate.of(2015, 1, 1)))
                .expectNoEvents()
                .expectException(ruleBroken("appointment-already-held"));
    }

    @Test
    void an_appointment_the_cadre_holds_ends_on_a_decision() {
        LocalDate left = LocalDate.of(2015, 9, 15);
        fixture.given(registered(), appointed())
                .when(ending(DEPUTY_CHIEF, left))
                .expectEvents(new CadreAppointmentEnded("c-1", DIEN_BIEN, OFFICE, DEPUTY_CHIEF, RELIEVING, left,
                        "luân chuyển về xã"));
    }

    @Test
    void an_appointment_the_cadre_does_not_hold_cannot_end() {
        fixture.given(registered(), appointed())
                .when(ending("Chánh Văn phòng Huyện ủy", LocalDate.of(2015, 9, 15)))
                .expectNoEvents()
                .expectException(ruleBroken("appointment-not-held"));
    }

    @Test
    void an_appointment_already_ended_cannot_end_again() {
        LocalDate left = LocalDate.of(2015, 9, 15);
        fixture.given(registered(), appointed(), new CadreAppointmentEnded("c-1", DIEN_BIEN, OFFICE, DEPUTY_CHIEF,
                        RELIEVING, left, "luân chuyển về xã"))
                .when(ending(DEPUTY_CHIEF, left.plusDays(1)))
                .expectNoEvents()
                .expectException(ruleBroken("appointment-not-held"));
    }

    @Test
    void an_appointment_cannot_end_before_it_took_effect() {
        fixture.given(registered(), appointed())
                .when(ending(DEPUTY_CHIEF, MANAGED.minusDays(1)))
                .expectNoEvents()
                .expectException(invalid("effectiveDate"));
    }
}
