package vn.cadres.cadre.unit.establish;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.Role;

/** {@code POST /api/units}: a provincial office establishes one unit of its province. */
@RestController
class EstablishUnitEndpoint {

    private final CommandSender commands;

    EstablishUnitEndpoint(CommandSender commands) {
        this.commands = commands;
    }

    /**
     * @param parentUnitId  a unit of the same province, or null for a top unit
     * @param effectiveDate the date of the decision that established it
     */
    record Establishment(
            @NotBlank @Size(max = 300) String name,
            @NotNull Level level,
            @NotNull Bloc bloc,
            @NotNull ProvinceCode province,
            @Size(max = 200) String locality,
            @Size(max = 100) String parentUnitId,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> keyPosts,
            @NotNull LocalDate effectiveDate) {
    }

    record Established(String unitId) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/units")
    ResponseEntity<Established> establish(@Valid @RequestBody Establishment body, ActingOffice office) {
        String unitId = UUID.randomUUID().toString();
        commands.send(office, body.province(), new EstablishUnit(unitId, body.name(), body.level(), body.bloc(),
                body.province(), body.locality(), body.parentUnitId(), body.keyPosts(), body.effectiveDate()));
        return ResponseEntity.created(URI.create("/api/units/" + unitId)).body(new Established(unitId));
    }
}
