package vn.cadres.evaluation.amend;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.contracts.evaluation.Classification;
import vn.cadres.evaluation.decide.QuotaDecisions;
import vn.cadres.evaluation.scoring.ScoreSheet;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.Role;
import vn.cadres.platform.web.DecisionRequest;

/**
 * {@code POST /api/evaluations/{id}/amendment}: a later decision amends a decided evaluation, with
 * the reason; the original decision stays in the record. The quota applies as to any decision.
 */
@RestController
class AmendEvaluationEndpoint {

    private final QuotaDecisions decisions;

    AmendEvaluationEndpoint(QuotaDecisions decisions) {
        this.decisions = decisions;
    }

    record Amendment(@NotEmpty @Size(max = 20) Map<String, Integer> scores, Integer totalScore,
                     Classification classification, @NotBlank @Size(max = 2000) String reason,
                     @NotNull @Valid DecisionRequest decision) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/evaluations/{evaluationId}/amendment")
    ResponseEntity<Void> amend(@PathVariable String evaluationId, @Valid @RequestBody Amendment amendment,
                               ActingOffice office) {
        ScoreSheet sheet = new ScoreSheet(amendment.scores(), amendment.totalScore(), amendment.classification());
        decisions.send(office, evaluationId, sheet, (cadre, others) -> new AmendEvaluation(evaluationId, cadre, sheet,
                amendment.reason().strip(), amendment.decision().decision(), others));
        return ResponseEntity.noContent().build();
    }
}
