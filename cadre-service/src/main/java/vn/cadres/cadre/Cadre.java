package vn.cadres.cadre;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.cadres.cadre.profile.CadreProfile;
import vn.cadres.cadre.profile.ProfileField;
import vn.cadres.cadre.profile.correct.CorrectProfile;
import vn.cadres.cadre.profile.death.RecordDeath;
import vn.cadres.cadre.profile.discipline.RecordDiscipline;
import vn.cadres.cadre.profile.qualification.RecordQualification;
import vn.cadres.cadre.profile.retire.RetireCadre;
import vn.cadres.cadre.register.RegisterCadre;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.CadreDied;
import vn.cadres.contracts.cadre.CadreProfileCorrected;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.contracts.cadre.CadreRetired;
import vn.cadres.contracts.cadre.DisciplineRecorded;
import vn.cadres.contracts.cadre.QualificationRecorded;
import vn.cadres.platform.web.InvalidInput;
import vn.cadres.platform.web.RuleViolation;

/**
 * A cadre (cán bộ) under the management of a province's Standing Committee: decides on commands
 * about the cadre and keeps only the state those decisions need.
 */
@Aggregate
public class Cadre {

    @AggregateIdentifier
    private String cadreId;
    private CadreProfile profile;

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

    @CommandHandler
    void handle(CorrectProfile command) {
        LocalDate date = recordable(command.effectiveDate());
        ProfileField field = ProfileField.named(command.field()).orElseThrow(() -> InvalidInput.of("field",
                "'" + command.field() + "' is not a profile field; one of " + ProfileField.names()));
        if (command.reason() == null || command.reason().isBlank()) {
            throw InvalidInput.of("reason", "a correction must say why the record was wrong");
        }
        String value = field.checked("newValue", command.newValue());
        String previous = profile.fields().get(field.fieldName());
        if (value.equals(previous)) {
            throw InvalidInput.of("newValue", "is already the recorded value");
        }
        apply(new CadreProfileCorrected(cadreId, province(), field.fieldName(), previous, value,
                command.reason().strip(), date));
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
    }

    @EventSourcingHandler
    void on(Object event) {
        profile = profile.apply(event);
    }

    private ProvinceCode province() {
        return profile.managingProvince();
    }
}
