package vn.cadres.cadre.unit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.cadres.cadre.unit.dissolve.DissolveUnit;
import vn.cadres.cadre.unit.establish.EstablishUnit;
import vn.cadres.cadre.unit.merge.MergeUnit;
import vn.cadres.cadre.unit.rename.RenameUnit;
import vn.cadres.cadre.unit.view.UnitView;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.unit.Level;
import vn.cadres.contracts.unit.UnitDissolved;
import vn.cadres.contracts.unit.UnitEstablished;
import vn.cadres.contracts.unit.UnitMerged;
import vn.cadres.contracts.unit.UnitRenamed;
import vn.cadres.platform.domain.InvalidField;
import vn.cadres.platform.domain.InvalidInput;
import vn.cadres.platform.domain.RuleViolation;

/**
 * An organisation unit (đơn vị): a Party committee, People's Committee, Front committee or mass
 * organisation at one level. It is valid from its establishment until it is merged or dissolved,
 * because the 2025 reorganisation ended thousands of units whose names old records still carry.
 */
@Aggregate
public class Unit {

    /** The code of a merger that would close a cycle of successors. */
    public static final String MERGER_CYCLE = "unit-merger-cycle";
    /** The code of a link between units (a parent, a successor) of two provinces. */
    public static final String OTHER_PROVINCE = "unit-of-another-province";

    @AggregateIdentifier
    private String unitId;
    private ProvinceCode province;
    private Level level;
    private LocalDate establishedOn;
    private UnitState state;
    private LocalDate endedOn;
    private String successorUnitId;

    protected Unit() {
        // for event sourcing
    }

    /** A unit is established under a parent of its own province: another province's office manages that one. */
    @CommandHandler
    public Unit(EstablishUnit command, UnitLookup units) {
        List<InvalidField> problems = establishmentProblems("", command.name(), command.level(), command.locality());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (command.parentUnitId() != null) {
            UnitView parent = units.find(command.parentUnitId()).orElseThrow(() ->
                    InvalidInput.of("parentUnitId", "no unit with id " + command.parentUnitId()));
            requireSameProvince("parentUnitId", command.province(), parent);
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
    void handle(MergeUnit command, UnitLookup units) {
        if (unitId.equals(command.successorUnitId())) {
            throw InvalidInput.of("successorUnitId", "a unit cannot be merged into itself");
        }
        requireActive();
        requireAfterEstablishment(command.effectiveDate());
        UnitView successor = units.find(command.successorUnitId()).orElseThrow(() ->
                InvalidInput.of("successorUnitId", "no unit with id " + command.successorUnitId()));
        requireMergeable(unitId, province, level, successor, command.effectiveDate(), units);
        apply(new UnitMerged(unitId, province, command.successorUnitId(), command.effectiveDate()));
    }

    /**
     * What the reform allows of merging unit {@code unitId} into {@code successor} on {@code date}: the
     * successor exists that day, belongs to the same province (only provinces themselves merged across
     * provinces, in 2025), and does not itself continue, through its own mergers, the unit merged into
     * it: a cycle would leave no unit that continues either today. Nor may the unit end before a unit
     * merged into it, which it continued from that day.
     */
    public static void requireMergeable(String unitId, ProvinceCode province, Level level, UnitView successor,
                                        LocalDate date, UnitLookup units) {
        if (!successor.validOn(date)) {
            throw InvalidInput.of("successorUnitId", "the successor is valid from " + successor.validFrom()
                    + (successor.validTo() == null ? "" : " to " + successor.validTo()) + ", not on " + date);
        }
        if (!(level == Level.PROVINCE && successor.level() == Level.PROVINCE)) {
            requireSameProvince("successorUnitId", province, successor);
        }
        List<String> chain = new ArrayList<>();
        Optional<UnitView> next = Optional.of(successor);
        while (next.isPresent() && next.get().successorUnitId() != null && !chain.contains(next.get().unitId())) {
            chain.add(next.get().unitId());
            if (next.get().successorUnitId().equals(unitId)) {
                throw new RuleViolation(MERGER_CYCLE, "unit " + successor.unitId() + " is itself merged, through "
                        + chain + ", into " + unitId + ": merging " + unitId + " into it would make a cycle",
                        Map.of("unitId", unitId, "successorUnitId", successor.unitId(), "chain", chain));
            }
            next = units.find(next.get().successorUnitId());
        }
        requireAfterMergersInto(unitId, date, units);
    }

    /** A unit that others were merged into on a date continued them from then on, so it ends only later. */
    private static void requireAfterMergersInto(String unitId, LocalDate endedOn, UnitLookup units) {
        units.mergedInto(unitId).stream().filter(merged -> !merged.validTo().isBefore(endedOn)).findFirst()
                .ifPresent(merged -> {
                    throw InvalidInput.of("effectiveDate", "unit " + merged.unitId() + " was merged into " + unitId
                            + " on " + merged.validTo() + ", so " + unitId + " ends only after that day");
                });
    }

    private static void requireSameProvince(String field, ProvinceCode province, UnitView other) {
        if (!other.province().equals(province)) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("field", field);
            facts.put("province", province.value());
            facts.put("otherUnitId", other.unitId());
            facts.put("otherProvince", other.province().value());
            throw new RuleViolation(OTHER_PROVINCE, "unit " + other.unitId() + " (" + field + ") belongs to "
                    + other.province() + ", not " + province + ": units are linked within one province", facts);
        }
    }

    @CommandHandler
    void handle(DissolveUnit command, UnitLookup units) {
        requireActive();
        requireAfterEstablishment(command.effectiveDate());
        requireAfterMergersInto(unitId, command.effectiveDate(), units);
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
        level = event.level();
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
