package vn.cadres.cadre.unit.merge;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.cadre.unit.Unit;
import vn.cadres.cadre.unit.UnitEnded;
import vn.cadres.cadre.unit.UnitLookup;
import vn.cadres.cadre.unit.view.UnitView;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.domain.InvalidInput;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;

/**
 * {@code POST /api/units/merge}: several units end and one successor continues them all, as when
 * communes were merged on 1 July 2025. Every unit is checked, by the rules each predecessor's own
 * command checks again, before any is merged, so a refused request changes nothing; then each
 * predecessor is merged by its own command.
 */
@RestController
class MergeUnitsEndpoint {

    private final CommandSender commands;
    private final UnitLookup units;
    private final ProvinceAccess access;

    MergeUnitsEndpoint(CommandSender commands, UnitLookup units, ProvinceAccess access) {
        this.commands = commands;
        this.units = units;
        this.access = access;
    }

    record Merger(
            @NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 100) String> predecessorIds,
            @NotBlank @Size(max = 100) String successorUnitId,
            @NotNull LocalDate effectiveDate) {
    }

    record Merged(String successorUnitId, List<String> mergedUnitIds) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/units/merge")
    Merged merge(@Valid @RequestBody Merger body, ActingOffice office) {
        List<String> predecessorIds = body.predecessorIds().stream().distinct().toList();
        if (predecessorIds.contains(body.successorUnitId())) {
            throw InvalidInput.of("successorUnitId", "a unit cannot be merged into itself");
        }
        List<UnitView> predecessors = predecessorIds.stream().map(units::get).toList();
        predecessors.forEach(unit -> access.requireWrite(office, unit.province()));
        for (UnitView unit : predecessors) {
            if (unit.ended()) {
                throw UnitEnded.violation(unit.unitId(), unit.state(), unit.validTo(), unit.successorUnitId());
            }
            if (body.effectiveDate().isBefore(unit.validFrom())) {
                throw InvalidInput.of("effectiveDate", "unit " + unit.unitId() + " was established only on "
                        + unit.validFrom());
            }
        }
        UnitView successor = units.get(body.successorUnitId());
        predecessors.forEach(unit -> Unit.requireMergeable(unit.unitId(), unit.province(), unit.level(), successor,
                body.effectiveDate(), units));
        predecessors.forEach(unit -> commands.send(office, unit.province(),
                new MergeUnit(unit.unitId(), successor.unitId(), body.effectiveDate())));
        return new Merged(successor.unitId(), predecessorIds);
    }
}
