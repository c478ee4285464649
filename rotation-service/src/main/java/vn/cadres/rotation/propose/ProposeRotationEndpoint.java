package vn.cadres.rotation.propose;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.eventstore.EnvelopeMessages;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.web.NotFoundException;
import vn.cadres.rotation.cadres.KnownCadre;
import vn.cadres.rotation.cadres.KnownCadres;

/**
 * {@code POST /api/rotations}: the office of the province that manages a cadre proposes rotating
 * them (đề xuất luân chuyển).
 */
@RestController
class ProposeRotationEndpoint {

    private final CommandSender commands;
    private final KnownCadres cadres;
    private final Clock clock;

    ProposeRotationEndpoint(CommandSender commands, KnownCadres cadres, Clock clock) {
        this.commands = commands;
        this.cadres = cadres;
        this.clock = clock;
    }

    /**
     * @param fromUnit      the sending unit (nơi đi)
     * @param toUnit        the receiving unit (nơi đến)
     * @param effectiveDate the date of the proposal; today if omitted
     */
    record Proposal(
            @NotBlank @Size(max = 100) String cadreId,
            @NotBlank @Size(max = 300) String fromUnit,
            @NotBlank @Size(max = 300) String toUnit,
            @NotNull LocalDate plannedStart,
            @NotNull LocalDate plannedEnd,
            LocalDate effectiveDate) {
    }

    record Proposed(String rotationId) {
    }

    @PostMapping("/api/rotations")
    ResponseEntity<Proposed> propose(@Valid @RequestBody Proposal proposal, ActingOffice office) {
        KnownCadre cadre = cadres.find(proposal.cadreId())
                .orElseThrow(() -> new NotFoundException("cadre", proposal.cadreId()));
        String rotationId = UUID.randomUUID().toString();
        LocalDate effective = proposal.effectiveDate() != null ? proposal.effectiveDate()
                : LocalDate.now(clock.withZone(EnvelopeMessages.VIETNAM));
        commands.send(office, cadre.province(), new ProposeRotation(rotationId, cadre.cadreId(), cadre.province(),
                proposal.fromUnit().strip(), proposal.toUnit().strip(), proposal.plannedStart(),
                proposal.plannedEnd(), effective));
        return ResponseEntity.created(URI.create("/api/rotations/" + rotationId)).body(new Proposed(rotationId));
    }
}
