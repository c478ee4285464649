package vn.cadres.cadre;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.cadres.cadre.appointment.appoint.AppointCadre;
import vn.cadres.cadre.appointment.end.EndAppointment;
import vn.cadres.cadre.planning.PlanningLimits;
import vn.cadres.cadre.planning.Plans;
import vn.cadres.cadre.planning.age.ReviewPlanningAge;
import vn.cadres.cadre.planning.plan.PlanCadre;
import vn.cadres.cadre.planning.remove.RemoveFromPlan;
import vn.cadres.cadre.profile.CadreProfile;
import vn.cadres.cadre.profile.ProfileField;
import vn.cadres.cadre.profile.correct.CorrectProfile;
import vn.cadres.cadre.profile.death.RecordDeath;
import vn.cadres.cadre.profile.discipline.RecordDiscipline;
import vn.cadres.cadre.profile.qualification.RecordQualification;
import vn.cadres.cadre.profile.register.RegisterCadre;
import vn.cadres.cadre.profile.retire.RetireCadre;
import vn.cadres.cadre.unit.UnitLookup;
import vn.cadres.cadre.unit.view.UnitView;
import vn.cadres.contracts.DomainEvent;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.CadreAppointed;
import vn.cadres.contracts.cadre.CadreAppointmentEnded;
import vn.cadres.contracts.cadre.CadreDied;
import vn.cadres.contracts.cadre.CadreFact;
import vn.cadres.contracts.cadre.CadreProfileCorrected;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.contracts.cadre.CadreRetired;
import vn.cadres.contracts.cadre.DisciplineRecorded;
import vn.cadres.contracts.cadre.QualificationRecorded;
import vn.cadres.contracts.planning.CadrePlanned;
import vn.cadres.contracts.planning.CadreRemovedFromPlan;
import vn.cadres.platform.domain.InvalidInput;
import vn.cadres.platform.domain.RuleViolation;
import vn.cadres.platform.time.EffectiveDates;

/**
 * A cadre (cán bộ) under the management of a province's Standing Committee: decides on commands
 * about the cadre and keeps only the state those decisions need.
 */
@Aggregate
public class Cadre {

    /** The code of an appointment to a unit outside the cadre's managing province. */
    public static final String APPOINTMENT_IN_ANOTHER_PROVINCE = "appointment-in-another-province";

    @AggregateIdentifier
    private String cadreId;
    private CadreProfile profile;
    private Plans plans;
    /** The earliest effective date of any fact recorded, which a corrected birth date may not pass. */
    private LocalDate earliestFact;

    protected Cadre() {
        // for event sourcing
    }

    @CommandHandler
    public Cadre(RegisterCadre command) {
        if (command.effectiveDate().isBefore(command.birthDate())) {
            throw InvalidInput.of("effectiveDate", "a cadre cannot come under management before being born");
        }
        if (command.partyEntryDate() != null && !command.partyEntryDate().isAfter(command.birthDate())) {
            throw InvalidInput.of("partyEntryDate", "a cadre cannot join the Party before being born");
        }
        apply(new CadreRegistered(command.cadreId(), command.fullName(), command.gender(), command.birthDate(),
                command.managingProvince(), command.effectiveDate(), command.homeProvince(), command.homeCommune(),
                command.ethnicity(), command.professionalEducation(), command.politicalTheory(),
                command.partyEntryDate(), command.managementScope()));
    }

    /** A correction passes the checks the value it replaces passed at registration, against every fact since. */
    @CommandHandler
    void handle(CorrectProfile command, Clock clock) {
        LocalDate date = recordable(command.effectiveDate());
        ProfileField field = ProfileField.named(command.field()).orElseThrow(() -> InvalidInput.of("field",
                "'" + command.field() + "' is not a profile field; one of " + ProfileField.names()));
        if (command.reason() == null || command.reason().isBlank()) {
            throw InvalidInput.of("reason", "a correction must say why the record was wrong");
        }
        String value = field.checked("newValue", command.newValue());
        requireDatesHold(field, value, date, EffectiveDates.today(clock));
        String previous = profile.fields().get(field.fieldName());
        if (value.equals(previous)) {
            throw InvalidInput.of("newValue", "is already the recorded value");
        }
        apply(new CadreProfileCorrected(cadreId, province(), field.fieldName(), previous, value,
                command.reason().strip(), date));
    }

    /**
     * A birth date lies in the past, before joining the Party and before every fact recorded, or the
     * cadre would be locked: every later fact would be refused as before their birth. A Party entry
     * date lies after birth and not in the future.
     */
    private void requireDatesHold(ProfileField field, String value, LocalDate correctedOn, LocalDate today) {
        if (field == ProfileField.BIRTH_DATE) {
            LocalDate born = LocalDate.parse(value);
            if (!born.isBefore(today)) {
                throw InvalidInput.of("newValue", "a birth date lies in the past, before " + today);
            }
            LocalDate earliest = correctedOn.isBefore(earliestFact) ? correctedOn : earliestFact;
            if (born.isAfter(earliest)) {
                throw InvalidInput.of("newValue", "the records hold a fact of " + earliest + ", before a birth on "
                        + born);
            }
            LocalDate joined = partyEntryDate();
            if (joined != null && !joined.isAfter(born)) {
                throw InvalidInput.of("newValue", "the cadre joined the Party on " + joined + ", before a birth on "
                        + born);
            }
        } else if (field == ProfileField.PARTY_ENTRY_DATE) {
            LocalDate joined = LocalDate.parse(value);
            if (joined.isAfter(today)) {
                throw InvalidInput.of("newValue", "a Party entry date cannot lie after today, " + today);
            }
            if (!joined.isAfter(profile.birthDate())) {
                throw InvalidInput.of("newValue", "a cadre cannot join the Party before being born");
            }
        }
    }

    private LocalDate partyEntryDate() {
        String joined = profile.fields().get(ProfileField.PARTY_ENTRY_DATE.fieldName());
        return joined == null ? null : LocalDate.parse(joined);
    }

    @CommandHandler
    void handle(RecordQualification command) {
        LocalDate date = recordable(command.effectiveDate());
        String level = ProfileField.levelOf(command.kind()).checked("level", command.level());
        apply(new QualificationRecorded(cadreId, province(), command.kind(), level, command.institution(), date));
    }

    @CommandHandler
    void handle(RecordDiscipline command) {
        LocalDate date = recordable(command.effectiveDate());
        apply(new DisciplineRecorded(cadreId, province(), command.measure(), command.decisionNumber(), date));
        plans().droppedFor(command.measure(), command.decisionNumber(), date).forEach(dropped -> apply(dropped));
    }

    @CommandHandler
    void handle(RetireCadre command) {
        LocalDate date = recordable(command.effectiveDate());
        if (profile.retiredOn() != null) {
            throw new RuleViolation("cadre-already-retired", "cadre " + cadreId + " retired on "
                    + profile.retiredOn(), Map.of("retiredOn", profile.retiredOn().toString()));
        }
        apply(new CadreRetired(cadreId, province(), date));
    }

    @CommandHandler
    void handle(RecordDeath command) {
        apply(new CadreDied(cadreId, province(), recordable(command.effectiveDate())));
    }

    /**
     * The unit must exist on the effective date (nobody is appointed to a district office after 1 July
     * 2025) and belong to the managing province: a move to another province's unit is a transfer
     * (điều động), which that province's office records, not an appointment by this one.
     */
    @CommandHandler
    void handle(AppointCadre command, UnitLookup units) {
        LocalDate date = recordable(command.effectiveDate());
        UnitView unit = units.find(command.unitId())
                .orElseThrow(() -> InvalidInput.of("unitId", "no unit " + command.unitId()));
        if (!unit.validOn(date)) {
            throw InvalidInput.of("unitId", unit.nameOn(date) + " existed from " + unit.validFrom()
                    + (unit.validTo() == null ? "" : " to " + unit.validTo()) + ", not on " + date);
        }
        if (!unit.province().equals(province())) {
            throw new RuleViolation(APPOINTMENT_IN_ANOTHER_PROVINCE, "unit " + unit.unitId() + " belongs to "
                    + unit.province() + ", cadre " + cadreId + " is managed by " + province()
                    + "; a move to another province is a transfer, not an appointment",
                    Map.of("unitId", unit.unitId(), "unitProvince", unit.province().value(),
                            "managingProvince", province().value()));
        }
        profile.heldPost(command.unitId(), command.post()).ifPresent(held -> {
            throw new RuleViolation("appointment-already-held", "cadre " + cadreId + " has held " + held.post()
                    + " since " + held.since(), Map.of("unitId", held.unitId(), "since", held.since().toString()));
        });
        apply(new CadreAppointed(cadreId, province(), command.unitId(), command.post(), command.decision(), date));
    }

    @CommandHandler
    void handle(EndAppointment command) {
        LocalDate date = recordable(command.effectiveDate());
        CadreProfile.Post held = profile.heldPost(command.unitId(), command.post()).orElseThrow(() ->
                new RuleViolation("appointment-not-held", "cadre " + cadreId + " does not hold " + command.post()
                        + " in unit " + command.unitId(), Map.of("unitId", command.unitId())));
        if (date.isBefore(held.since())) {
            throw InvalidInput.of("effectiveDate", "the appointment took effect only on " + held.since());
        }
        apply(new CadreAppointmentEnded(cadreId, province(), command.unitId(), command.post(), command.decision(),
                date, command.reason()));
    }

    /** The rules every later fact about a cadre obeys; returns its date when they hold. */
    private LocalDate recordable(LocalDate effectiveDate) {
        if (profile.diedOn() != null) {
            throw new RuleViolation("cadre-deceased", "cadre " + cadreId + " died on " + profile.diedOn()
                    + "; nothing more may be recorded", Map.of("diedOn", profile.diedOn().toString()));
        }
        if (effectiveDate.isBefore(profile.birthDate())) {
            throw InvalidInput.of("effectiveDate", "is before the cadre's birth on " + profile.birthDate());
        }
        return effectiveDate;
    }

    @EventSourcingHandler
    void on(CadreRegistered event) {
        cadreId = event.cadreId();
        profile = CadreProfile.registered(event);
        earliestFact = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(CadreFact event) {
        profile = profile.apply(event);
        noteDateOf(event);
    }

    private void noteDateOf(Object event) {
        if (event instanceof DomainEvent fact && fact.effectiveDate().isBefore(earliestFact)) {
            earliestFact = fact.effectiveDate();
        }
    }

    private ProvinceCode province() {
        return profile.managingProvince();
    }

    // Succession planning (quy hoạch): the rules about one cadre's plans are in Plans.

    @CommandHandler
    void handle(PlanCadre command, PlanningLimits limits) {
        recordable(command.effectiveDate());
        apply(plans().plan(command, profile.birthDate(), limits));
    }

    @CommandHandler
    void handle(RemoveFromPlan command) {
        recordable(command.effectiveDate());
        apply(plans().remove(command));
    }

    @CommandHandler
    boolean handle(ReviewPlanningAge command, PlanningLimits limits) {
        var dropped = plans().droppedForAge(profile.birthDate(), command.asOf(), limits);
        dropped.forEach(removal -> apply(removal));
        return !dropped.isEmpty();
    }

    @EventSourcingHandler
    void on(CadrePlanned event) {
        plans = plans().apply(event);
        noteDateOf(event);
    }

    @EventSourcingHandler
    void on(CadreRemovedFromPlan event) {
        plans = plans().apply(event);
        noteDateOf(event);
    }

    private Plans plans() {
        return plans != null ? plans : Plans.of(cadreId, province());
    }
}
