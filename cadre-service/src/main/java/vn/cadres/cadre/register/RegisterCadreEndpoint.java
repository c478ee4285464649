package vn.cadres.cadre.register;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.eventstore.EnvelopeMessages;
import vn.cadres.platform.security.ActingOffice;

/** {@code POST /api/cadres}: a provincial office registers a cadre of its own province. */
@RestController
class RegisterCadreEndpoint {

    private final CommandSender commands;
    private final Clock clock;

    RegisterCadreEndpoint(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /**
     * @param effectiveDate when the cadre came under the province's management; today if omitted
     */
    record Registration(
            @NotBlank @Size(max = 200) String fullName,
            @NotNull Gender gender,
            @NotNull @Past LocalDate birthDate,
            @NotNull ProvinceCode managingProvince,
            @PastOrPresent LocalDate effectiveDate) {
    }

    record Registered(String cadreId) {
    }

    @PostMapping("/api/cadres")
    ResponseEntity<Registered> register(@Valid @RequestBody Registration registration, ActingOffice office) {
        String cadreId = UUID.randomUUID().toString();
        LocalDate effective = registration.effectiveDate() != null ? registration.effectiveDate()
                : LocalDate.now(clock.withZone(EnvelopeMessages.VIETNAM));
        commands.send(office, registration.managingProvince(), new RegisterCadre(cadreId,
                registration.fullName().strip(), registration.gender(), registration.birthDate(),
                registration.managingProvince(), effective));
        return ResponseEntity.created(URI.create("/api/cadres/" + cadreId)).body(new Registered(cadreId));
    }
}
