package vn.cadres.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.PublishedEvents;
import vn.cadres.contracts.cadre.CadreAppointed;
import vn.cadres.contracts.cadre.CadreAppointmentEnded;
import vn.cadres.contracts.cadre.CadreDied;
import vn.cadres.contracts.cadre.CadreProfileCorrected;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.contracts.cadre.CadreRetired;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.contracts.cadre.DisciplineMeasure;
import vn.cadres.contracts.cadre.DisciplineRecorded;
import vn.cadres.contracts.cadre.PoliticalTheory;
import vn.cadres.contracts.cadre.ProfessionalEducation;
import vn.cadres.contracts.cadre.QualificationKind;
import vn.cadres.contracts.cadre.QualificationRecorded;
import vn.cadres.contracts.evaluation.Classification;
import vn.cadres.contracts.evaluation.EvaluationAmended;
import vn.cadres.contracts.evaluation.EvaluationDecided;
import vn.cadres.contracts.evaluation.EvaluationPhase;
import vn.cadres.contracts.evaluation.EvaluationPhaseChanged;
import vn.cadres.contracts.evaluation.EvaluationRecorded;
import vn.cadres.contracts.evaluation.EvaluationVerified;
import vn.cadres.contracts.evaluation.EvaluatorRole;
import vn.cadres.contracts.evaluation.UnitIndicator;
import vn.cadres.contracts.planning.CadrePlanned;
import vn.cadres.contracts.planning.CadreRemovedFromPlan;
import vn.cadres.contracts.rotation.CadrePlacedAfterRotation;
import vn.cadres.contracts.rotation.CadreRotated;
import vn.cadres.contracts.rotation.Direction;
import vn.cadres.contracts.rotation.Movement;
import vn.cadres.contracts.rotation.PlacementOutcome;
import vn.cadres.contracts.rotation.RotationApproved;
import vn.cadres.contracts.rotation.RotationCancelled;
import vn.cadres.contracts.rotation.RotationCompleted;
import vn.cadres.contracts.rotation.RotationEndedEarly;
import vn.cadres.contracts.rotation.RotationExtended;
import vn.cadres.contracts.rotation.RotationKind;
import vn.cadres.contracts.rotation.RotationOverdue;
import vn.cadres.contracts.rotation.RotationProposed;
import vn.cadres.contracts.rotation.RotationRule;
import vn.cadres.contracts.rotation.RuleFlag;
import vn.cadres.contracts.rotation.UnitPost;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.contracts.unit.UnitDissolved;
import vn.cadres.contracts.unit.UnitEstablished;
import vn.cadres.contracts.unit.UnitMerged;
import vn.cadres.contracts.unit.UnitRenamed;

/**
 * The published language, pinned: the JSON of every event as stored and published is kept in
 * {@code published-language/<wire name>.json}, so changing a contract is a visible diff for every
 * consumer's sake, never an accident. A deliberate change updates the file (and, if old readers
 * cannot ignore it, the revision).
 */
class PublishedLanguageTest {

    private static final ProvinceCode DIEN_BIEN = ProvinceCode.of("DB");
    private static final Decision DECISION = new Decision("310-QĐ/HU", LocalDate.of(2014, 6, 25),
            "Ban Thường vụ Huyện ủy Điện Biên");
    private static final Map<String, Integer> SCORES = Map.of("POLITICAL_QUALITY", 18, "COMPETENCE", 13,
            "TASK_RESULTS", 46, "REPUTATION", 9);
    private static final Direction DOWNWARD = new Direction(Movement.DOWNWARD, Level.DISTRICT, Level.COMMUNE,
            Bloc.PARTY, Bloc.PARTY);

    private static final Map<Class<?>, Object> EXAMPLES = Map.ofEntries(
            Map.entry(CadreRegistered.class, new CadreRegistered("c-1", "Đặng Quốc Hương", Gender.MALE,
                    LocalDate.of(1979, 5, 2), DIEN_BIEN, LocalDate.of(2014, 7, 1), DIEN_BIEN, "Xã Thanh Hưng",
                    "Thái", ProfessionalEducation.BACHELOR, PoliticalTheory.INTERMEDIATE, LocalDate.of(2003, 9, 2),
                    "Ban Thường vụ Tỉnh ủy Điện Biên")),
            Map.entry(CadreProfileCorrected.class, new CadreProfileCorrected("c-1", DIEN_BIEN, "homeCommune",
                    "Xã Thanh Hưng", "Xã Thanh Xương", "sai quê quán trong hồ sơ gốc", LocalDate.of(2015, 3, 1))),
            Map.entry(QualificationRecorded.class, new QualificationRecorded("c-1", DIEN_BIEN,
                    QualificationKind.POLITICAL_THEORY, "ADVANCED", "Học viện Chính trị quốc gia Hồ Chí Minh",
                    LocalDate.of(2016, 6, 30))),
            Map.entry(DisciplineRecorded.class, new DisciplineRecorded("c-1", DIEN_BIEN, DisciplineMeasure.REPRIMAND,
                    "15-QĐ/TU", LocalDate.of(2018, 4, 10))),
            Map.entry(CadreRetired.class, new CadreRetired("c-1", DIEN_BIEN, LocalDate.of(2039, 6, 1))),
            Map.entry(CadreDied.class, new CadreDied("c-1", DIEN_BIEN, LocalDate.of(2040, 1, 15))),
            Map.entry(CadreAppointed.class, new CadreAppointed("c-1", DIEN_BIEN, "u-3",
                    "Phó Chánh Văn phòng Huyện ủy", new Decision("125-QĐ/HU", LocalDate.of(2014, 6, 20),
                    "Ban Thường vụ Huyện ủy Mường Ảng"), LocalDate.of(2014, 7, 1))),
            Map.entry(CadreAppointmentEnded.class, new CadreAppointmentEnded("c-1", DIEN_BIEN, "u-3",
                    "Phó Chánh Văn phòng Huyện ủy", new Decision("310-QĐ/HU", LocalDate.of(2015, 9, 10),
                    "Ban Thường vụ Huyện ủy Mường Ảng"), LocalDate.of(2015, 9, 15), "luân chuyển về xã Nà Tấu")),
            Map.entry(RotationProposed.class, new RotationProposed("r-1", "c-1", DIEN_BIEN, RotationKind.ROTATION,
                    new UnitPost("u-3", "Phó Chánh Văn phòng Huyện ủy"),
                    new UnitPost("u-5", "Phó Bí thư Thường trực Đảng ủy xã"), LocalDate.of(2014, 7, 1),
                    LocalDate.of(2017, 6, 30), "đào tạo, thử thách qua thực tiễn cơ sở", DOWNWARD, List.of(
                    RuleFlag.warning(RotationRule.NON_LOCAL_KEY_POST, "quê quán tại xã Thanh Hưng"),
                    RuleFlag.overridden(RotationRule.WORKING_LIFE_LEFT, "9 năm công tác còn lại",
                            "trường hợp đặc biệt do Ban Thường vụ quyết định", "office-DB")),
                    LocalDate.of(2014, 6, 20))),
            Map.entry(RotationApproved.class, new RotationApproved("r-1", "c-1", DIEN_BIEN, DECISION,
                    LocalDate.of(2014, 6, 25))),
            Map.entry(CadreRotated.class, new CadreRotated("r-1", "c-1", DIEN_BIEN, RotationKind.ROTATION,
                    new UnitPost("u-3", "Phó Chánh Văn phòng Huyện ủy"),
                    new UnitPost("u-5", "Phó Bí thư Thường trực Đảng ủy xã"), DOWNWARD, LocalDate.of(2017, 6, 30),
                    List.of(), LocalDate.of(2014, 7, 1))),
            Map.entry(RotationExtended.class, new RotationExtended("r-1", "c-1", DIEN_BIEN, LocalDate.of(2017, 6, 30),
                    LocalDate.of(2018, 6, 30), DECISION, "hoàn thành nhiệm vụ xây dựng nông thôn mới",
                    LocalDate.of(2017, 5, 2))),
            Map.entry(RotationCompleted.class, new RotationCompleted("r-1", "c-1", DIEN_BIEN, 48, DECISION,
                    LocalDate.of(2018, 6, 30))),
            Map.entry(RotationEndedEarly.class, new RotationEndedEarly("r-1", "c-1", DIEN_BIEN, 14,
                    "luân chuyển giữ chức Bí thư Đảng ủy xã Nà Tấu", DECISION, List.of(RuleFlag.warning(
                    RotationRule.ENDED_EARLY, "ended after 14 months")), LocalDate.of(2015, 9, 14))),
            Map.entry(RotationCancelled.class, new RotationCancelled("r-1", "c-1", DIEN_BIEN,
                    "thay đổi nhân sự", LocalDate.of(2014, 6, 30))),
            Map.entry(CadrePlacedAfterRotation.class, new CadrePlacedAfterRotation("r-1", "c-1", DIEN_BIEN,
                    PlacementOutcome.PROMOTED, new UnitPost("u-4", "Chánh Văn phòng UBND huyện"), DECISION,
                    LocalDate.of(2018, 7, 1))),
            Map.entry(RotationOverdue.class, new RotationOverdue("r-1", "c-1", DIEN_BIEN, LocalDate.of(2017, 6, 30),
                    LocalDate.of(2017, 7, 1))),
            Map.entry(EvaluationRecorded.class, new EvaluationRecorded("e-1", "c-1", DIEN_BIEN,
                    LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), "u-5", EvaluatorRole.RECEIVING_UNIT,
                    "Lãnh đạo, quản lý", SCORES, 86, Classification.GOOD, false,
                    List.of(new UnitIndicator("Tỷ lệ hộ nghèo", "%", new BigDecimal("38.5"))), "r-1",
                    EvaluationPhase.DURING, LocalDate.of(2016, 12, 31))),
            Map.entry(EvaluationVerified.class, new EvaluationVerified("e-1", "c-1", DIEN_BIEN, SCORES, 86,
                    Classification.GOOD, "đúng thực tế", LocalDate.of(2017, 1, 10))),
            Map.entry(EvaluationDecided.class, new EvaluationDecided("e-1", "c-1", DIEN_BIEN, SCORES, 86,
                    Classification.GOOD, DECISION, LocalDate.of(2017, 1, 20))),
            Map.entry(EvaluationAmended.class, new EvaluationAmended("e-1", "c-1", DIEN_BIEN, Classification.GOOD, 86,
                    Map.of("COMPETENCE", 15, "POLITICAL_QUALITY", 20, "REPUTATION", 10, "TASK_RESULTS", 46), 91,
                    Classification.EXCELLENT, "bổ sung kết quả nông thôn mới", DECISION, LocalDate.of(2017, 3, 1))),
            Map.entry(EvaluationPhaseChanged.class, new EvaluationPhaseChanged("e-1", "c-1", DIEN_BIEN, null,
                    EvaluationPhase.NONE, "r-1", EvaluationPhase.DURING, LocalDate.of(2016, 12, 31))),
            Map.entry(CadrePlanned.class, new CadrePlanned("c-1", DIEN_BIEN, "u-2", "Bí thư Đảng ủy", Level.COMMUNE,
                    LocalDate.of(2025, 10, 1), LocalDate.of(2030, 9, 30), LocalDate.of(2024, 12, 20))),
            Map.entry(CadreRemovedFromPlan.class, new CadreRemovedFromPlan("c-1", DIEN_BIEN, "u-2",
                    "Bí thư Đảng ủy", "kỷ luật khiển trách theo 15-QĐ/TU", true, LocalDate.of(2025, 4, 10))),
            Map.entry(UnitEstablished.class, new UnitEstablished("u-2", "Xã Ẳng Nưa", Level.COMMUNE,
                    Bloc.GOVERNMENT, DIEN_BIEN, "Ẳng Nưa", "u-1", List.of("Chủ tịch UBND xã"),
                    LocalDate.of(2007, 1, 1))),
            Map.entry(UnitRenamed.class, new UnitRenamed("u-2", DIEN_BIEN, "Đảng bộ xã Ẳng Nưa",
                    LocalDate.of(2015, 1, 1), "Nghị quyết của Tỉnh ủy")),
            Map.entry(UnitMerged.class, new UnitMerged("u-2", DIEN_BIEN, "u-4", LocalDate.of(2025, 7, 1))),
            Map.entry(UnitDissolved.class, new UnitDissolved("u-1", DIEN_BIEN, LocalDate.of(2025, 7, 1),
                    "Kết thúc hoạt động của cấp huyện")));

    private final EventCodec codec = new EventCodec(PublishedEvents.ALL);

    static Stream<Class<?>> publishedEvents() {
        return PublishedEvents.ALL.stream().map(c -> c);
    }

    @ParameterizedTest
    @MethodSource("publishedEvents")
    void an_event_is_written_exactly_as_pinned_and_reads_back_equal(Class<?> eventClass) throws IOException {
        Object example = EXAMPLES.get(eventClass);
        String json = codec.toJson(example);

        assertThat(json).isEqualTo(pinned(EventCodec.typeOf(eventClass) + ".v" + EventCodec.revisionOf(eventClass)));
        assertThat(codec.fromJson(EventCodec.typeOf(eventClass), json)).isEqualTo(example);
    }

    @Test
    void every_published_event_has_a_pinned_example() {
        assertThat(EXAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(PublishedEvents.ALL);
    }

    @Test
    void every_event_type_in_contracts_is_listed_as_published() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(EventType.class));
        List<String> annotated = scanner.findCandidateComponents("vn.cadres.contracts").stream()
                .map(BeanDefinition::getBeanClassName).toList();

        assertThat(annotated).containsExactlyInAnyOrderElementsOf(
                PublishedEvents.ALL.stream().map(Class::getName).toList());
    }

    private static String pinned(String wireName) throws IOException {
        try (InputStream in = PublishedLanguageTest.class.getResourceAsStream("/published-language/" + wireName
                + ".json")) {
            assertThat(in).as("pinned JSON of %s", wireName).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
