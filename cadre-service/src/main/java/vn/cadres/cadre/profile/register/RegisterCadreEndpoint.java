package vn.cadres.cadre.profile.register;

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
import vn.cadres.contracts.SearchName;
import vn.cadres.contracts.cadre.PoliticalTheory;
import vn.cadres.contracts.cadre.ProfessionalEducation;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;
import vn.cadres.platform.time.EffectiveDates;

/**
 * {@code POST /api/cadres}: a provincial office registers a cadre of its own province, once: the
 * same person (name without diacritics, birth date, home locality) in one province is refused as a
 * duplicate naming the cadre already registered.
 */
@RestController
class RegisterCadreEndpoint {

    private final CommandSender commands;
    private final ProvinceAccess access;
    private final RegistrationKeys keys;
    private final Clock clock;

    RegisterCadreEndpoint(CommandSender commands, ProvinceAccess access, RegistrationKeys keys, Clock clock) {
        this.commands = commands;
        this.access = access;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * @param effectiveDate  when the cadre came under the province's management; today if omitted
     * @param partyEntryDate ngày vào Đảng; omitted for a cadre who is not a Party member
     */
    record Registration(
            @NotBlank @Size(max = 200) String fullName,
            @NotNull Gender gender,
            @NotNull @Past LocalDate birthDate,
            @NotNull ProvinceCode managingProvince,
            @PastOrPresent LocalDate effectiveDate,
            @NotNull ProvinceCode homeProvince,
            @NotBlank @Size(max = 200) String homeCommune,
            @NotBlank @Size(max = 50) String ethnicity,
            @NotNull ProfessionalEducation professionalEducation,
            @NotNull PoliticalTheory politicalTheory,
            @PastOrPresent LocalDate partyEntryDate,
            @NotBlank @Size(max = 200) String managementScope) {

        /** Who the person is, as far as telling two registrations of one person apart goes. */
        String personKey() {
            return String.join("|", managingProvince.value(), SearchName.of(fullName), birthDate.toString(),
                    homeProvince.value(), SearchName.of(homeCommune));
        }
    }

    record Registered(String cadreId) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/cadres")
    ResponseEntity<Registered> register(@Valid @RequestBody Registration registration, ActingOffice office) {
        access.requireWrite(office, registration.managingProvince());
        String cadreId = UUID.randomUUID().toString();
        keys.claim(registration.personKey(), cadreId);
        try {
            commands.send(office, registration.managingProvince(), commandOf(cadreId, registration));
        } catch (RuntimeException e) {
            keys.release(registration.personKey(), cadreId);
            throw e;
        }
        return ResponseEntity.created(URI.create("/api/cadres/" + cadreId)).body(new Registered(cadreId));
    }

    private RegisterCadre commandOf(String cadreId, Registration registration) {
        return new RegisterCadre(cadreId, registration.fullName().strip(), registration.gender(),
                registration.birthDate(), registration.managingProvince(),
                EffectiveDates.orToday(registration.effectiveDate(), clock), registration.homeProvince(),
                registration.homeCommune().strip(), registration.ethnicity().strip(),
                registration.professionalEducation(), registration.politicalTheory(), registration.partyEntryDate(),
                registration.managementScope().strip());
    }
}
