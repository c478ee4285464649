package vn.cadres.evaluation.record;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.contracts.evaluation.Classification;
import vn.cadres.contracts.evaluation.EvaluatorRole;
import vn.cadres.contracts.evaluation.UnitIndicator;
import vn.cadres.evaluation.cadres.KnownCadre;
import vn.cadres.evaluation.cadres.KnownCadres;
import vn.cadres.evaluation.rotations.KnownRotations;
import vn.cadres.evaluation.scoring.ScoreSheet;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;

/**
 * {@code POST /api/evaluations}: the office of the province that manages a cadre records an
 * evaluation (đánh giá) for a period, opened with the cadre's self-assessment. Its phase against
 * the cadre's rotations is derived, never typed.
 */
@RestController
class RecordEvaluationEndpoint {

    private final CommandSender commands;
    private final ProvinceAccess access;
    private final KnownCadres cadres;
    private final KnownRotations rotations;

    RecordEvaluationEndpoint(CommandSender commands, ProvinceAccess access, KnownCadres cadres,
                             KnownRotations rotations) {
        this.commands = commands;
        this.access = access;
        this.cadres = cadres;
        this.rotations = rotations;
    }

    /**
     * @param periodStart      the first day evaluated: a year, or the range of a pre-rotation or end-of-rotation review
     * @param evaluatingUnitId the unit that evaluates
     * @param group            the group of cadres the unit evaluates together, within which the quota counts
     * @param scores           a score per criterion ({@code cadres.evaluation.criteria})
     * @param totalScore       optional; must be the sum of the scores
     * @param classification   optional; must be the class the bands give the total
     * @param indicators       measured indicators of the unit the cadre led
     */
    record Assessment(
            @NotBlank @Size(max = 100) String cadreId,
            @NotNull LocalDate periodStart,
            @NotNull LocalDate periodEnd,
            @NotBlank @Size(max = 100) String evaluatingUnitId,
            @NotNull EvaluatorRole evaluatorRole,
            @NotBlank @Size(max = 200) String group,
            @NotEmpty @Size(max = 20) Map<String, Integer> scores,
            Integer totalScore,
            Classification classification,
            @Size(max = 50) List<@Valid @NotNull Indicator> indicators) {
    }

    /** @param unit the unit of measure, "%" */
    record Indicator(@NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 50) String unit,
                     @NotNull BigDecimal value) {
    }

    record Recorded(String evaluationId) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/evaluations")
    ResponseEntity<Recorded> record(@Valid @RequestBody Assessment assessment, ActingOffice office) {
        KnownCadre cadre = cadres.get(assessment.cadreId().strip());
        access.requireWrite(office, cadre.province());
        String evaluationId = UUID.randomUUID().toString();
        List<UnitIndicator> indicators = assessment.indicators() == null ? List.of() : assessment.indicators().stream()
                .map(i -> new UnitIndicator(i.name().strip(), i.unit().strip(), i.value())).toList();
        commands.send(office, cadre.province(), new RecordEvaluation(evaluationId, cadre, assessment.periodStart(),
                assessment.periodEnd(), assessment.evaluatingUnitId().strip(), assessment.evaluatorRole(),
                assessment.group().strip(), new ScoreSheet(assessment.scores(), assessment.totalScore(),
                assessment.classification()), indicators, rotations.ofCadre(cadre.cadreId())));
        return ResponseEntity.created(URI.create("/api/evaluations/" + evaluationId)).body(new Recorded(evaluationId));
    }
}
