package vn.cadres.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.contracts.evaluation.Classification;
import vn.cadres.contracts.evaluation.EvaluationDecided;
import vn.cadres.contracts.evaluation.EvaluationPhase;
import vn.cadres.contracts.evaluation.EvaluationRecorded;
import vn.cadres.contracts.evaluation.EvaluationVerified;
import vn.cadres.contracts.evaluation.EvaluatorRole;
import vn.cadres.contracts.evaluation.UnitIndicator;
import vn.cadres.evaluation.cadres.KnownCadre;
import vn.cadres.evaluation.decide.QuotaCounts;
import vn.cadres.evaluation.record.RecordEvaluation;
import vn.cadres.evaluation.rotations.KnownRotation;
import vn.cadres.evaluation.scoring.ScoreSheet;

/**
 * Đặng Quốc Hương's 2016 evaluation as Nà Tấu's receiving unit would record it, step by step, with
 * the scores that make each class under the default criteria (20 + 15 + 55 + 10 points).
 */
final class Assessments {

    static final ProvinceCode DB = ProvinceCode.of("DB");
    static final String ID = "e-1";
    static final String UNIT = "u-na-tau";
    static final String GROUP = "Lãnh đạo, quản lý";
    static final LocalDate YEAR_START = LocalDate.of(2016, 1, 1);
    static final LocalDate YEAR_END = LocalDate.of(2016, 12, 31);
    static final Map<String, Integer> GOOD_86 = scores(18, 13, 46, 9);
    static final Map<String, Integer> EXCELLENT_93 = scores(19, 14, 51, 9);
    static final Map<String, Integer> COMPLETED_60 = scores(12, 9, 33, 6);
    static final Map<String, Integer> FAILED_40 = scores(8, 6, 22, 4);
    static final Decision DECISION = new Decision("12-QĐ/HU", LocalDate.of(2017, 1, 20),
            "Ban Thường vụ Huyện ủy Điện Biên");
    static final List<UnitIndicator> POVERTY = List.of(new UnitIndicator("Tỷ lệ hộ nghèo", "%",
            new BigDecimal("38.5")));
    static final KnownRotation TO_NA_TAU = new KnownRotation("r-2", "c-huong", DB, LocalDate.of(2015, 9, 15),
            LocalDate.of(2020, 9, 14), false);
    static final QuotaCounts NO_OTHERS = new QuotaCounts(UNIT + " | " + GROUP + " | 2016", 0, 0);

    private Assessments() {
    }

    static Map<String, Integer> scores(int political, int competence, int results, int reputation) {
        return Map.of("POLITICAL_QUALITY", political, "COMPETENCE", competence, "TASK_RESULTS", results,
                "REPUTATION", reputation);
    }

    static KnownCadre huong() {
        return new KnownCadre("c-huong", DB, "Đặng Quốc Hương", List.of());
    }

    static KnownCadre sanctionedOn(LocalDate date) {
        return new KnownCadre("c-huong", DB, "Đặng Quốc Hương", List.of(date));
    }

    static RecordEvaluation record(Map<String, Integer> scores, Integer total, Classification claimed) {
        return record(huong(), YEAR_START, YEAR_END, new ScoreSheet(scores, total, claimed), List.of(TO_NA_TAU));
    }

    static RecordEvaluation record(KnownCadre cadre, LocalDate start, LocalDate end, ScoreSheet sheet,
                                   List<KnownRotation> rotations) {
        return new RecordEvaluation(ID, cadre, start, end, UNIT, EvaluatorRole.RECEIVING_UNIT, GROUP, sheet, POVERTY,
                rotations);
    }

    static EvaluationRecorded recorded(Map<String, Integer> scores, int total, Classification classification) {
        return new EvaluationRecorded(ID, "c-huong", DB, YEAR_START, YEAR_END, UNIT, EvaluatorRole.RECEIVING_UNIT,
                GROUP, scores, total, classification, false, POVERTY, "r-2", EvaluationPhase.DURING, YEAR_END);
    }

    static EvaluationVerified verified(Map<String, Integer> scores, int total, Classification classification) {
        return new EvaluationVerified(ID, "c-huong", DB, scores, total, classification, null,
                LocalDate.of(2017, 1, 10));
    }

    static EvaluationDecided decided(Map<String, Integer> scores, int total, Classification classification) {
        return new EvaluationDecided(ID, "c-huong", DB, scores, total, classification, DECISION, DECISION.date());
    }
}
