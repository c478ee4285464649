package vn.cadres.evaluation.decide;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cadres.contracts.evaluation.Classification;
import vn.cadres.evaluation.scoring.ScoreSheet;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.AllowedRoles;
import vn.cadres.platform.security.Role;
import vn.cadres.platform.web.DecisionRequest;

/**
 * {@code POST /api/evaluations/{id}/decision}: the competent level decides the class (quyết định
 * xếp loại) on a decision. A decision that would put more of the unit's group above the quota of
 * excellent is refused with the counts (409).
 */
@RestController
class DecideEvaluationEndpoint {

    private final QuotaDecisions decisions;

    DecideEvaluationEndpoint(QuotaDecisions decisions) {
        this.decisions = decisions;
    }

    /** @param scores the decided scores; omitted, the verified ones stand */
    record Decision(@Size(max = 20) Map<String, Integer> scores, Integer totalScore, Classification classification,
                    @NotNull @Valid DecisionRequest decision) {
    }

    @AllowedRoles(Role.OFFICE)
    @PostMapping("/api/evaluations/{evaluationId}/decision")
    ResponseEntity<Void> decide(@PathVariable String evaluationId, @Valid @RequestBody Decision decision,
                                ActingOffice office) {
        ScoreSheet sheet = new ScoreSheet(decision.scores(), decision.totalScore(), decision.classification());
        decisions.send(office, evaluationId, sheet, (cadre, others) -> new DecideEvaluation(evaluationId, cadre, sheet,
                decision.decision().decision(), others));
        return ResponseEntity.noContent().build();
    }
}
