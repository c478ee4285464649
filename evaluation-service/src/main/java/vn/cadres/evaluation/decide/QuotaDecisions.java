package vn.cadres.evaluation.decide;

import java.util.function.BiFunction;
import org.springframework.stereotype.Component;
import vn.cadres.evaluation.EvaluationRecords;
import vn.cadres.evaluation.EvaluationState;
import vn.cadres.evaluation.cadres.KnownCadre;
import vn.cadres.evaluation.cadres.KnownCadres;
import vn.cadres.evaluation.scoring.EvaluationPolicy;
import vn.cadres.evaluation.scoring.ScoreSheet;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.ProvinceAccess;

/**
 * How a decision on a class is sent, first or amending: the office's right to write is checked, the
 * class the scores give is reserved in the {@link ClassificationLedger}, and the evaluation's record
 * decides with the counts of the unit's other decisions.
 */
@Component
public class QuotaDecisions {

    private final EvaluationRecords records;
    private final KnownCadres cadres;
    private final ClassificationLedger ledger;
    private final ProvinceAccess access;
    private final EvaluationPolicy policy;

    QuotaDecisions(EvaluationRecords records, KnownCadres cadres, ClassificationLedger ledger, ProvinceAccess access,
                   EvaluationPolicy policy) {
        this.records = records;
        this.cadres = cadres;
        this.ledger = ledger;
        this.access = access;
        this.policy = policy;
    }

    /** @param command the command deciding the evaluation, made from the cadre and the others' counts */
    public void send(ActingOffice office, String evaluationId, ScoreSheet sheet,
                     BiFunction<KnownCadre, QuotaCounts, Object> command) {
        EvaluationState evaluation = records.get(evaluationId);
        access.requireWrite(office, evaluation.province());
        KnownCadre cadre = cadres.get(evaluation.cadreId());
        ledger.decide(evaluation, evaluation.rescored(sheet, cadre, policy).classification(),
                others -> records.send(office, evaluation, command.apply(cadre, others)));
    }
}
