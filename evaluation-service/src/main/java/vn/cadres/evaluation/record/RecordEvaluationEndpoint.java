package vn.cadres.evaluation.record;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.security.ActingOffice;

/** {@code POST /api/evaluations}: a provincial office records the evaluation (đánh giá) of one of its cadres. */
@RestController
class RecordEvaluationEndpoint {

    private final CommandSender commands;

    RecordEvaluationEndpoint(CommandSender commands) {
        this.commands = commands;
    }

    /**
     * @param province   the province whose office evaluates the cadre
     * @param totalScore the total on the 100-point scale of Quy định 366-QĐ/TW
     */
    record Assessment(
            @NotBlank @Size(max = 100) String cadreId,
            @NotNull ProvinceCode province,
            @NotNull LocalDate periodStart,
            @NotNull LocalDate periodEnd,
            @NotNull @Min(0) @Max(100) Integer totalScore) {
    }

    record Recorded(String evaluationId) {
    }

    @PostMapping("/api/evaluations")
    ResponseEntity<Recorded> record(@Valid @RequestBody Assessment assessment, ActingOffice office) {
        String evaluationId = UUID.randomUUID().toString();
        commands.send(office, assessment.province(), new RecordEvaluation(evaluationId, assessment.cadreId().strip(),
                assessment.province(), assessment.periodStart(), assessment.periodEnd(), assessment.totalScore()));
        return ResponseEntity.created(URI.create("/api/evaluations/" + evaluationId))
                .body(new Recorded(evaluationId));
    }
}
