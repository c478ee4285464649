package vn.cadres.evaluation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.contracts.evaluation.Classification;
import vn.cadres.contracts.evaluation.EvaluationAmended;
import vn.cadres.contracts.evaluation.EvaluationDecided;
import vn.cadres.contracts.evaluation.EvaluationFact;
import vn.cadres.contracts.evaluation.EvaluationPhase;
import vn.cadres.contracts.evaluation.EvaluationPhaseChanged;
import vn.cadres.contracts.evaluation.EvaluationRecorded;
import vn.cadres.contracts.evaluation.EvaluationVerified;
import vn.cadres.contracts.evaluation.EvaluatorRole;
import vn.cadres.contracts.evaluation.UnitIndicator;
import vn.cadres.evaluation.cadres.KnownCadre;
import vn.cadres.evaluation.scoring.EvaluationPolicy;
import vn.cadres.evaluation.scoring.ScoreSheet;
import vn.cadres.evaluation.scoring.Scored;

/**
 * An evaluation as its events tell it: the one fold of those events, which the aggregate decides
 * with, the evaluations read model stores and a query answers with.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public final class EvaluationState {

    /** Scores with their total and class, as one step of the workflow left them. */
    public record Assessment(Map<String, Integer> scores, int totalScore, Classification classification) {
    }

    /** A later decision that changed a decided evaluation, and what it replaced. */
    public record Amendment(Classification previousClassification, int previousTotalScore, String reason,
                            Decision decision, LocalDate on) {
    }

    private String evaluationId;
    private String cadreId;
    private ProvinceCode province;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String evaluatingUnitId;
    private EvaluatorRole evaluatorRole;
    private String group;
    private EvaluationStatus status;
    private boolean sanctioned;
    private List<UnitIndicator> indicators = new ArrayList<>();
    private String rotationId;
    private EvaluationPhase phase;
    private Assessment selfAssessment;
    private Assessment verified;
    private String verificationNote;
    private LocalDate verifiedOn;
    private Assessment decided;
    private Decision decision;
    private LocalDate decidedOn;
    private List<Amendment> amendments = new ArrayList<>();

    private EvaluationState() {
    }

    public static EvaluationState replay(List<?> events) {
        EvaluationState state = new EvaluationState();
        events.forEach(event -> {
            if (event instanceof EvaluationFact fact) {
                state.apply(fact);
            }
        });
        return state;
    }

    /** Applies one more fact of this evaluation. */
    public EvaluationState apply(EvaluationFact event) {
        switch (event) {
            case EvaluationRecorded e -> {
                evaluationId = e.evaluationId();
                cadreId = e.cadreId();
                province = e.province();
                periodStart = e.periodStart();
                periodEnd = e.periodEnd();
                evaluatingUnitId = e.evaluatingUnitId();
                evaluatorRole = e.evaluatorRole();
                group = e.group();
                status = EvaluationStatus.SELF_ASSESSED;
                sanctioned = e.sanctioned();
                indicators = new ArrayList<>(e.indicators());
                rotationId = e.rotationId();
                phase = e.phase() == null ? EvaluationPhase.NONE : e.phase();
                selfAssessment = new Assessment(e.scores(), e.totalScore(), e.classification());
            }
            case EvaluationVerified e -> {
                status = EvaluationStatus.VERIFIED;
                verified = new Assessment(e.scores(), e.totalScore(), e.classification());
                verificationNote = e.note();
                verifiedOn = e.effectiveDate();
            }
            case EvaluationDecided e -> {
                status = EvaluationStatus.DECIDED;
                decided = new Assessment(e.scores(), e.totalScore(), e.classification());
                decision = e.decision();
                decidedOn = e.effectiveDate();
            }
            case EvaluationAmended e -> {
                amendments.add(new Amendment(e.previousClassification(), e.previousTotalScore(), e.reason(),
                        e.decision(), e.effectiveDate()));
                decided = new Assessment(e.scores(), e.totalScore(), e.classification());
                decision = e.decision();
            }
            case EvaluationPhaseChanged e -> {
                rotationId = e.rotationId();
                phase = e.phase();
            }
        }
        return this;
    }

    /** The assessment the latest step left: decided, else verified, else the self-assessment. */
    public Assessment latest() {
        return decided != null ? decided : verified != null ? verified : selfAssessment;
    }

    /**
     * The scores of a next step: those given, or else the latest step's with whatever total or class
     * the office states; a sanction of the cadre in the period forces the class.
     */
    public Scored rescored(ScoreSheet given, KnownCadre cadre, EvaluationPolicy policy) {
        ScoreSheet sheet = given != null && given.scores() != null ? given
                : new ScoreSheet(latest().scores(), given == null ? null : given.totalScore(),
                given == null ? null : given.classification());
        return sheet.scored(policy, cadre.sanctionedIn(periodStart, periodEnd));
    }

    public String evaluationId() {
        return evaluationId;
    }

    public String cadreId() {
        return cadreId;
    }

    public ProvinceCode province() {
        return province;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public String evaluatingUnitId() {
        return evaluatingUnitId;
    }

    public EvaluatorRole evaluatorRole() {
        return evaluatorRole;
    }

    public String group() {
        return group;
    }

    public EvaluationStatus status() {
        return status;
    }

    public boolean sanctioned() {
        return sanctioned;
    }

    public List<UnitIndicator> indicators() {
        return List.copyOf(indicators);
    }

    public String rotationId() {
        return rotationId;
    }

    public EvaluationPhase phase() {
        return phase;
    }

    public Assessment selfAssessment() {
        return selfAssessment;
    }

    public Assessment verified() {
        return verified;
    }

    public String verificationNote() {
        return verificationNote;
    }

    public LocalDate verifiedOn() {
        return verifiedOn;
    }

    public Assessment decided() {
        return decided;
    }

    public Decision decision() {
        return decision;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public List<Amendment> amendments() {
        return List.copyOf(amendments);
    }
}
