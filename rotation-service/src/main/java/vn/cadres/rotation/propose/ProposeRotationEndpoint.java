package vn.cadres.rotation.propose;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.contracts.rotation.RotationKind;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;
import vn.cadres.platform.time.EffectiveDates;
import vn.cadres.rotation.UnitPostRequest;
import vn.cadres.rotation.cadres.KnownCadre;
import vn.cadres.rotation.cadres.KnownCadres;
import vn.cadres.rotation.rules.OverrideRequest;
import vn.cadres.rotation.units.KnownUnit;
import vn.cadres.rotation.units.KnownUnits;
import vn.cadres.rotation.view.OtherRotations;

/**
 * {@code POST /api/rotations}: the office of the province that manages a cadre proposes rotating
 * (or transferring) them (đề xuất luân chuyển). The direction is derived from the units; the rules
 * are checked against what this service knows from {@code cadre.events}.
 */
@RestController
class ProposeRotationEndpoint {

    private final CommandSender commands;
    private final ProvinceAccess access;
    private final KnownCadres cadres;
    private final KnownUnits units;
    private final OtherRotations otherRotations;
    private final Clock clock;

    ProposeRotationEndpoint(CommandSender commands, ProvinceAccess access, KnownCadres cadres, KnownUnits units,
                            OtherRotations otherRotations, Clock clock) {
        this.commands = commands;
        this.access = access;
        this.cadres = cadres;
        this.units = units;
        this.otherRotations = otherRotations;
        this.clock = clock;
    }

    /**
     * @param kind          ROTATION (luân chuyển, the default) or TRANSFER (điều động)
     * @param from          the sending unit (nơi đi) and the post the cadre leaves
     * @param to            the receiving unit (nơi đến) and the post the cadre takes
     * @param plannedEnd    the last day of the planned term
     * @param overrides     rules the office sets aside for this rotation, each with its reason
     * @param effectiveDate the date of the proposal; today if omitted
     */
    record Proposal(
            @NotBlank @Size(max = 100) String cadreId,
            RotationKind kind,
            @NotNull @Valid UnitPostRequest from,
            @NotNull @Valid UnitPostRequest to,
            @NotNull LocalDate plannedStart,
            @NotNull LocalDate plannedEnd,
            @Size(max = 2000) String reasons,
            @Size(max = 10) List<@Valid @NotNull OverrideRequest> overrides,
            @PastOrPresent LocalDate effectiveDate) {
    }

    record Proposed(String rotationId) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/rotations")
    ResponseEntity<Proposed> propose(@Valid @RequestBody Proposal proposal, ActingOffice office) {
        KnownCadre cadre = cadres.get(proposal.cadreId());
        access.requireWrite(office, cadre.province());
        String rotationId = UUID.randomUUID().toString();
        KnownUnit from = units.get(proposal.from().unitId(), "from.unitId");
        KnownUnit to = units.get(proposal.to().unitId(), "to.unitId", proposal.plannedStart());
        otherRotations.decide(cadre.cadreId(), rotationId, others -> commands.send(office, cadre.province(),
                new ProposeRotation(rotationId, proposal.kind() == null ? RotationKind.ROTATION : proposal.kind(),
                        cadre, from, proposal.from().unitPost().post(), to, proposal.to().unitPost().post(),
                        proposal.plannedStart(), proposal.plannedEnd(),
                        proposal.reasons() == null ? null : proposal.reasons().strip(), others,
                        OverrideRequest.overrides(proposal.overrides()),
                        EffectiveDates.orToday(proposal.effectiveDate(), clock))));
        return ResponseEntity.created(URI.create("/api/rotations/" + rotationId)).body(new Proposed(rotationId));
    }
}
