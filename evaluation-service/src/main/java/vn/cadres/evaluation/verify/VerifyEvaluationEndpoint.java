package vn.cadres.evaluation.verify;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.contracts.evaluation.Classification;
import vn.cadres.evaluation.EvaluationRecords;
import vn.cadres.evaluation.EvaluationState;
import vn.cadres.evaluation.cadres.KnownCadres;
import vn.cadres.evaluation.scoring.ScoreSheet;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.Role;
import vn.cadres.platform.time.EffectiveDates;

/**
 * {@code POST /api/evaluations/{id}/verification}: the organisation office verifies the
 * self-assessment and proposes a class (thẩm định, đề xuất), keeping or correcting the scores.
 */
@RestController
class VerifyEvaluationEndpoint {

    private final EvaluationRecords records;
    private final KnownCadres cadres;
    private final Clock clock;

    VerifyEvaluationEndpoint(EvaluationRecords records, KnownCadres cadres, Clock clock) {
        this.records = records;
        this.cadres = cadres;
        this.clock = clock;
    }

    /**
     * @param scores        the verified scores; omitted, the self-assessed ones stand
     * @param effectiveDate the date of the verification; today if omitted
     */
    record Verification(@Size(max = 20) Map<String, Integer> scores, Integer totalScore,
                        Classification classification, @Size(max = 2000) String note,
                        @PastOrPresent LocalDate effectiveDate) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/evaluations/{evaluationId}/verification")
    ResponseEntity<Void> verify(@PathVariable String evaluationId, @Valid @RequestBody Verification verification,
                                ActingOffice office) {
        EvaluationState evaluation = records.get(evaluationId);
        records.send(office, evaluation, new VerifyEvaluation(evaluationId, cadres.get(evaluation.cadreId()),
                new ScoreSheet(verification.scores(), verification.totalScore(), verification.classification()),
                verification.note(), EffectiveDates.orToday(verification.effectiveDate(), clock)));
        return ResponseEntity.noContent().build();
    }
}
