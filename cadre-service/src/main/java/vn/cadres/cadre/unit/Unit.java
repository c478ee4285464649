package vn.cadres.cadre.unit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.cadres.cadre.unit.dissolve.DissolveUnit;
import vn.cadres.cadre.unit.establish.EstablishUnit;
import vn.cadres.cadre.unit.merge.MergeUnit;
import vn.cadres.cadre.unit.rename.RenameUnit;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.unit.Level;
import vn.cadres.contracts.unit.UnitDissolved;
import vn.cadres.contracts.unit.UnitEstablished;
import vn.cadres.contracts.unit.UnitMerged;
import vn.cadres.contracts.unit.UnitRenamed;
import vn.cadres.platform.web.InvalidField;
import vn.cadres.platform.web.InvalidInput;

/**
 * An organisation unit (đơn vị): a Party committee, People's Committee, Front committee or mass
 * organisation at one level. It is valid from its establishment until it is merged or dissolved,
 * because the 2025 reorganisation ended thousands of units whose names old records still carry.
 */
@Aggregate
public class Unit {

    @AggregateIdentifier
    private String unitId;
    private ProvinceCode province;
    private LocalDate establishedOn;
    private UnitState state;
    private LocalDate endedOn;
    private String successorUnitId;

    protected Unit() {
        // for event sourcing
    }

    @CommandHandler
    public Unit(EstablishUnit command) {
        List<InvalidField> problems = establishmentProblems("", command.name(), command.level(), command.locality());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        apply(new UnitEstablished(command.unitId(), command.name().strip(), command.level(), command.bloc(),
                command.province(), blankToNull(command.locality()), command.parentUnitId(), command.keyPosts(),
                command.effectiveDate()));
    }

    /**
     * What makes an establishment invalid, with field names under {@code path} (empty, or a place in
     * a tree such as {@code unit.children[0].}), so a bulk load can refuse the whole tree up front.
     */
    public static List<InvalidField> establishmentProblems(String path, String name, Level level, String locality) {
        List<InvalidField> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new InvalidField(path + "name", "a unit needs a name"));
        }
        if ((level == Level.COMMUNE || level == Level.DISTRICT) && blankToNull(locality) == null) {
            problems.add(new InvalidField(path + "locality", "a commune or district unit needs its locality"));
        }
        return problems;
    }

    @CommandHandler
    void handle(RenameUnit command) {
        if (command.name() == null || command.name().isBlank()) {
            throw InvalidInput.of("name", "a unit needs a name");
        }
        requireAfterEstablishment(command.effectiveDate());
        requireNotEndedBy(command.effectiveDate());
        apply(new UnitRenamed(unitId, province, command.name().strip(), command.effectiveDate(), command.reason()));
    }

    @CommandHandler
    void handle(MergeUnit command) {
        if (unitId.equals(command.successorUnitId())) {
            throw InvalidInput.of("successorUnitId", "a unit cannot be merged into itself");
        }
        requireActive();
        requireAfterEstablishment(command.effectiveDate());
        apply(new UnitMerged(unitId, province, command.successorUnitId(), command.effectiveDate()));
    }

    @CommandHandler
    void handle(DissolveUnit command) {
        requireActive();
        requireAfterEstablishment(command.effectiveDate());
        apply(new UnitDissolved(unitId, province, command.effectiveDate(), command.reason()));
    }

    private void requireActive() {
        if (state != UnitState.ACTIVE) {
            throw UnitEnded.violation(unitId, state, endedOn, successorUnitId);
        }
    }

    /** A name given on or after the end date would never have been borne; earlier ones are back-filled history. */
    private void requireNotEndedBy(LocalDate effectiveDate) {
        if (state != UnitState.ACTIVE && !effectiveDate.isBefore(endedOn)) {
            throw UnitEnded.violation(unitId, state, endedOn, successorUnitId);
        }
    }

    private void requireAfterEstablishment(LocalDate effectiveDate) {
        if (effectiveDate.isBefore(establishedOn)) {
            throw InvalidInput.of("effectiveDate", "the unit was established only on " + establishedOn);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(UnitEstablished event) {
        unitId = event.unitId();
        province = event.province();
        establishedOn = event.effectiveDate();
        state = UnitState.ACTIVE;
    }

    @EventSourcingHandler
    void on(UnitMerged event) {
        state = UnitState.MERGED;
        endedOn = event.effectiveDate();
        successorUnitId = event.successorUnitId();
    }

    @EventSourcingHandler
    void on(UnitDissolved event) {
        state = UnitState.DISSOLVED;
        endedOn = event.effectiveDate();
    }
}
