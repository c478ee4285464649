package vn.cadres.platform.web;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.domain.NotFoundException;
import vn.cadres.platform.domain.RuleViolation;
import vn.cadres.platform.domain.ServiceBusy;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;

/** A controller shaped like the services' ones, with a path for each failure the tests provoke. */
@RestController
@RequestMapping("/sample")
@AllowedRoles({Role.OFFICE, Role.AUDITOR, Role.VIEWER, Role.ADMIN})
class SampleController {

    enum Bloc { PARTY, GOVERNMENT, FATHERLAND_FRONT, MASS_ORGANISATION }

    record CadreForm(@NotBlank String fullName, @NotNull LocalDate birthDate, @NotNull Bloc bloc,
                     @NotNull ProvinceCode province) {
    }

    record Indicator(@NotBlank String name, @NotNull BigDecimal value) {
    }

    record ScoreForm(@NotNull LocalDate periodStart, Map<String, Integer> scores, @Valid List<Indicator> indicators) {
    }

    private final ProvinceAccess access;

    SampleController(ProvinceAccess access) {
        this.access = access;
    }

    @GetMapping("/me")
    ActingOffice me(ActingOffice office) {
        return office;
    }

    /** Only auditors: the method's roles narrow the class's. */
    @GetMapping("/audits")
    @AllowedRoles(Role.AUDITOR)
    Map<String, String> audits() {
        return Map.of("audits", "none");
    }

    @PostMapping("/cadres")
    @ResponseStatus(HttpStatus.CREATED)
    CadreForm register(ActingOffice office, @Valid @RequestBody CadreForm form) {
        access.requireWrite(office, form.province());
        return form;
    }

    @PostMapping("/scores")
    ScoreForm score(@Valid @RequestBody ScoreForm form) {
        return form;
    }

    @GetMapping("/cadres")
    Map<String, Integer> list(@RequestParam @Min(1) @Max(100) int limit) {
        return Map.of("limit", limit);
    }

    @GetMapping("/provinces/{province}/cadres/{id}")
    CadreForm read(ActingOffice office, @PathVariable ProvinceCode province, @PathVariable String id) {
        access.requireRead(office, province);
        throw new NotFoundException("cadre", id);
    }

    @PostMapping("/rotations/{id}/start")
    void start(@PathVariable String id) {
        throw new RuleViolation("rotation.already-active", "cadre C-1 is already on rotation R-7",
                Map.of("activeRotation", "R-7"));
    }

    @GetMapping("/busy")
    void busy() {
        throw new ServiceBusy("too many commands at once; retry shortly", Duration.ofSeconds(2));
    }

    /** The database restarting: its connection refused, as the driver reports it. */
    @GetMapping("/database-down")
    void databaseDown() {
        throw new MongoSocketOpenException("Exception opening socket", new ServerAddress("127.0.0.1", 27027),
                new ConnectException("Connection refused"));
    }

    /** The database killed mid-command, wrapped by a framework as a command gateway wraps it. */
    @GetMapping("/database-gone")
    void databaseGone() {
        throw new IllegalStateException("command failed",
                new MongoSocketReadException("Prematurely reached end of stream", new ServerAddress("127.0.0.1", 27027)));
    }

    @GetMapping("/conflict")
    void conflict() {
        throw new ConcurrencyException("aggregate R-7 was modified by another command");
    }

    /** An error that bypasses Spring MVC's exception handling and goes through the error page. */
    @GetMapping("/unavailable")
    void unavailable(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    @GetMapping("/boom")
    void boom() {
        throw new IllegalStateException("database password is hunter2");
    }
}
