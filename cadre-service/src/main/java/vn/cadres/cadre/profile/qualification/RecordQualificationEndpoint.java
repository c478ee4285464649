package vn.cadres.cadre.profile.qualification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.cadre.profile.CadreRecords;
import vn.cadres.contracts.cadre.QualificationKind;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.Role;
import vn.cadres.platform.time.EffectiveDates;

/**
 * {@code POST /api/cadres/{cadreId}/qualifications}: the office records a degree or political
 * theory level a cadre obtained (văn bằng, chứng chỉ).
 */
@RestController
class RecordQualificationEndpoint {

    private final CadreRecords records;
    private final Clock clock;

    RecordQualificationEndpoint(CadreRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** @param effectiveDate when the fact takes effect; today if omitted */
    record Request(@NotNull QualificationKind kind, @NotBlank String level,
                   @NotBlank @Size(max = 200) String institution, @PastOrPresent LocalDate effectiveDate) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/cadres/{cadreId}/qualifications")
    ResponseEntity<Void> record(@PathVariable String cadreId, @Valid @RequestBody Request request,
                                ActingOffice office) {
        LocalDate effective = EffectiveDates.orToday(request.effectiveDate(), clock);
        records.send(office, cadreId, new RecordQualification(cadreId, request.kind(), request.level(),
                request.institution().strip(), effective));
        return ResponseEntity.noContent().build();
    }
}
