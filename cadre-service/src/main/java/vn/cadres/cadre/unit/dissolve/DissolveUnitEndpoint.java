package vn.cadres.cadre.unit.dissolve;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.cadre.unit.UnitLookup;
import vn.cadres.cadre.unit.view.UnitView;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.Role;

/** {@code POST /api/units/{id}/dissolve}: the office of the unit's province ends it without a successor. */
@RestController
class DissolveUnitEndpoint {

    private final CommandSender commands;
    private final UnitLookup units;

    DissolveUnitEndpoint(CommandSender commands, UnitLookup units) {
        this.commands = commands;
        this.units = units;
    }

    record Dissolution(@NotNull LocalDate effectiveDate, @Size(max = 1000) String reason) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/units/{unitId}/dissolve")
    ResponseEntity<Void> dissolve(@PathVariable String unitId, @Valid @RequestBody Dissolution body,
                                  ActingOffice office) {
        UnitView unit = units.get(unitId);
        commands.send(office, unit.province(), new DissolveUnit(unitId, body.effectiveDate(), body.reason()));
        return ResponseEntity.noContent().build();
    }
}
