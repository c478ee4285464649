package vn.cadres.reporting.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.evaluation.Classification;
import vn.cadres.contracts.evaluation.EvaluationPhase;
import vn.cadres.contracts.evaluation.UnitIndicator;
import vn.cadres.contracts.rotation.Direction;
import vn.cadres.contracts.rotation.Movement;
import vn.cadres.contracts.rotation.UnitPost;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.platform.testing.CadreTopic;
import vn.cadres.platform.testing.EvaluationTopic;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.RotationTopic;
import vn.cadres.platform.testing.TestTokens;
import vn.cadres.reporting.ReportingServiceApplication;

/**
 * The programme read models fed from the topics, with a redelivered event and an evaluation placed
 * against its rotation only after a back-fill: the statistics, one rotation's before / during /
 * after assessment, and a replay that rebuilds exactly the documents the live projection wrote.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = ReportingServiceApplication.CONFIG_NAME)
class ProgrammeReportsHttpTest extends RealPartsTest {

    private static final ProvinceCode YEN_BAI = ProvinceCode.of("YB");
    private static final String VIEWER = TestTokens.viewer();
    private static final Direction DOWN = new Direction(Movement.DOWNWARD, Level.DISTRICT, Level.COMMUNE, Bloc.PARTY,
            Bloc.PARTY);
    private static final Direction UP = new Direction(Movement.UPWARD, Level.COMMUNE, Level.DISTRICT,
            Bloc.GOVERNMENT, Bloc.GOVERNMENT);
    private static final Direction ACROSS_BLOCS = new Direction(Movement.BETWEEN_BODIES, Level.DISTRICT,
            Level.DISTRICT, Bloc.PARTY, Bloc.MASS_ORGANISATION);

    @Autowired
    MongoDatabase database;

    @Test
    void statistics_and_assessments_count_what_the_topics_say_once_however_delivered() {
        String department = unit("Ban Tổ chức Thành ủy Yên Bái", Level.DISTRICT, Bloc.PARTY);
        String youthUnion = unit("Thành đoàn Yên Bái", Level.DISTRICT, Bloc.MASS_ORGANISATION);
        String ward = unit("Đảng ủy phường Minh Tân", Level.COMMUNE, Bloc.PARTY);
        String down = cadre("Hoàng Văn Xuống");
        String up = cadre("Hoàng Văn Lên");
        String across = cadre("Hoàng Thị Ngang");

        RotationTopic downward = RotationTopic.proposed(down, YEN_BAI, new UnitPost(department, "Phó Trưởng ban"),
                        new UnitPost(ward, "Bí thư Đảng ủy"), DOWN, LocalDate.of(2016, 1, 1), LocalDate.of(2018, 12, 31))
                .started(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 12, 31))
                .completed(LocalDate.of(2018, 12, 31), 36);
        RotationTopic.proposed(up, YEN_BAI, new UnitPost(ward, "Chủ tịch UBND"), new UnitPost(department, "Phó Trưởng ban"),
                UP, LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31)).started(LocalDate.of(2017, 1, 1),
                LocalDate.of(2019, 12, 31));
        RotationTopic.proposed(across, YEN_BAI, new UnitPost(department, "Chuyên viên"),
                        new UnitPost(youthUnion, "Phó Bí thư"), ACROSS_BLOCS, LocalDate.of(2018, 1, 1),
                        LocalDate.of(2020, 12, 31))
                .started(LocalDate.of(2018, 1, 1), LocalDate.of(2020, 12, 31)).endedEarly(LocalDate.of(2019, 1, 31), 13);
        RotationTopic.proposed(cadre("Hoàng Văn Chờ"), YEN_BAI, new UnitPost(department, "Chuyên viên"),
                new UnitPost(ward, "Phó Bí thư"), DOWN, LocalDate.of(2019, 6, 1), LocalDate.of(2022, 5, 31));
        RotationTopic.proposed(cadre("Hoàng Văn Hủy"), YEN_BAI, new UnitPost(department, "Chuyên viên"),
                new UnitPost(ward, "Phó Bí thư"), DOWN, LocalDate.of(2019, 6, 1), LocalDate.of(2022, 5, 31))
                .cancelled(LocalDate.of(2019, 5, 1));

        EvaluationTopic.recorded(YEN_BAI, down, LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31), null,
                        EvaluationPhase.NONE, 80, Classification.GOOD, poverty("41.0"))
                .decided(80, Classification.GOOD)
                .phaseChanged(null, EvaluationPhase.NONE, downward.id(), EvaluationPhase.BEFORE);
        EvaluationTopic.recorded(YEN_BAI, down, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), downward.id(),
                EvaluationPhase.DURING, 88, Classification.GOOD, poverty("39.2")).decided(88, Classification.GOOD);
        EvaluationTopic.recorded(YEN_BAI, down, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), downward.id(),
                EvaluationPhase.AFTER, 92, Classification.EXCELLENT, poverty("38.5")).decided(92,
                Classification.EXCELLENT);
        EvaluationTopic.recorded(YEN_BAI, down, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), downward.id(),
                EvaluationPhase.AFTER, 60, Classification.COMPLETED, List.of());

        JsonNode statistics = awaitJson("/api/reports/programme?province=YB",
                s -> s.get("rotations").asInt() == 3 && s.get("outcomes").get("IMPROVED").asInt() == 1);
        assertThat(statistics.get("notStarted").asInt()).isEqualTo(1);
        assertThat(statistics.get("byMovement").get("DOWNWARD").asInt()).isEqualTo(1);
        assertThat(statistics.get("byMovement").get("UPWARD").asInt()).isEqualTo(1);
        assertThat(statistics.get("byMovement").get("BETWEEN_BODIES").asInt()).isEqualTo(1);
        assertThat(statistics.get("crossingBlocs").asInt()).isEqualTo(1);
        assertThat(statistics.get("byStatus").get("ACTIVE").asInt()).isEqualTo(1);
        assertThat(statistics.get("byStatus").get("COMPLETED").asInt()).isEqualTo(1);
        assertThat(statistics.get("byStatus").get("ENDED_EARLY").asInt()).isEqualTo(1);
        assertThat(statistics.get("outcomes").get("UNKNOWN").asInt()).isEqualTo(2);
        assertThat(statistics.get("destinations").get("DISTRICT").asInt()).isEqualTo(2);
        assertThat(statistics.get("destinations").get("COMMUNE").asInt()).isEqualTo(1);
        assertThat(statistics.get("cancelled").asInt()).as("planned in the period, cancelled before it started")
                .isEqualTo(1);
        assertThat(statistics.get("overdue").asInt())
                .as("running past its planned end (2019-12-31) before any daily sweep flagged it").isEqualTo(1);
        JsonNode overdue = http().get("/api/reports/rotations?province=YB&status=OVERDUE", VIEWER).body().get("items");
        assertThat(overdue.findValuesAsText("cadreName")).containsExactly("Hoàng Văn Lên");
        assertThat(overdue.get(0).get("status").asText()).as("overdue is a reading of ACTIVE").isEqualTo("ACTIVE");
        assertThat(awaitJson("/api/reports/programme?province=YB&from=2017-01-01&to=2017-12-31",
                s -> true).get("rotations").asInt()).isEqualTo(1);

        JsonNode assessment = awaitJson("/api/reports/rotations/" + downward.id(), a -> a.hasNonNull("after"));
        assertThat(assessment.get("rotation").get("cadreName").asText()).isEqualTo("Hoàng Văn Xuống");
        assertThat(assessment.get("rotation").get("toUnitName").asText()).isEqualTo("Đảng ủy phường Minh Tân");
        assertThat(assessment.get("before").get("totalScore").asInt()).isEqualTo(80);
        assertThat(assessment.get("during").size()).isEqualTo(1);
        assertThat(assessment.get("endReview").get("totalScore").asInt()).isEqualTo(88);
        assertThat(assessment.get("after").get("classification").asText()).isEqualTo("EXCELLENT");
        assertThat(assessment.get("change").get("totalScoreChange").asInt()).isEqualTo(12);
        assertThat(assessment.get("change").get("outcome").asText()).isEqualTo("IMPROVED");
        assertThat(assessment.get("indicators").get(0).get("before").asText()).isEqualTo("41.0");
        assertThat(assessment.get("indicators").get(0).get("after").asText())
                .as("as the end-of-rotation review measured it").isEqualTo("39.2");

        assertThat(http().get("/api/reports/programme?province=YB", TestTokens.office("LS")).status()).isEqualTo(403);
        assertThat(http().get("/api/reports/programme", TestTokens.office("YB")).body().get("province").asText())
                .isEqualTo("YB");
        assertThat(http().get("/api/reports/rotations?province=YB&movement=upward", VIEWER).body().get("total").asInt())
                .isOne();
    }

    @Test
    void the_programme_export_carries_every_figure_of_the_statistics_by_kind_and_cancelled_included() throws IOException {
        String department = unit("Sở Nội vụ Yên Bái", Level.DISTRICT, Bloc.GOVERNMENT);
        String ward = unit("UBND phường Nguyễn Thái Học", Level.COMMUNE, Bloc.GOVERNMENT);
        ProvinceCode phuTho = ProvinceCode.of("PT"); // a province of its own: the statistics above count all of Yên Bái's
        RotationTopic.proposed(cadre("Hoàng Văn Xuất"), phuTho, new UnitPost(department, "Phó Giám đốc"),
                new UnitPost(ward, "Chủ tịch UBND"), DOWN, LocalDate.of(2031, 1, 1), LocalDate.of(2033, 12, 31))
                .started(LocalDate.of(2031, 1, 1), LocalDate.of(2033, 12, 31));
        RotationTopic.proposed(cadre("Hoàng Văn Thôi"), phuTho, new UnitPost(department, "Chuyên viên"),
                new UnitPost(ward, "Phó Chủ tịch UBND"), DOWN, LocalDate.of(2031, 2, 1), LocalDate.of(2034, 1, 31))
                .cancelled(LocalDate.of(2031, 1, 15));
        String period = "province=PT&from=2031-01-01&to=2031-12-31";
        awaitJson("/api/reports/programme?" + period, s -> s.get("rotations").asInt() == 1
                && s.get("cancelled").asInt() == 1);

        String csv = new String(http().getRaw("/api/reports/export/programme.csv?lang=en&" + period, VIEWER).body(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("\r\nRotation,1\r\n").contains("\r\nCancelled,1\r\n");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                http().getRaw("/api/reports/export/programme.xlsx?lang=vi&" + period, VIEWER).body()))) {
            List<String> figures = new ArrayList<>();
            workbook.getSheetAt(0).forEach(row -> figures.add(row.getCell(0).getStringCellValue()));
            assertThat(figures).contains("Luân chuyển", "Đã hủy");
        }
    }

    @Test
    void a_replay_rebuilds_every_read_model_exactly_as_the_live_projections_wrote_them() {
        String ward = unit("Đảng ủy phường Yên Thịnh", Level.COMMUNE, Bloc.PARTY);
        String department = unit("Văn phòng Thành ủy Yên Bái", Level.DISTRICT, Bloc.PARTY);
        String cadreId = cadre("Hoàng Văn Dựng");
        RotationTopic rotation = RotationTopic.proposed(cadreId, YEN_BAI, new UnitPost(department, "Chánh Văn phòng"),
                new UnitPost(ward, "Bí thư Đảng ủy"), DOWN, LocalDate.of(2015, 1, 1), LocalDate.of(2017, 12, 31))
                .started(LocalDate.of(2015, 1, 1), LocalDate.of(2017, 12, 31));
        awaitJson("/api/reports/rotations/" + rotation.id(), a -> a.get("rotation").get("status").asText()
                .equals("ACTIVE") && a.get("rotation").hasNonNull("toUnitName"));
        List<Document> live = dump();

        Http.Response replay = http().post("/api/admin/processors/reports/replay", TestTokens.admin(), "");
        assertThat(replay.status()).as("the processor of every read model (reporting-service.yml)").isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).until(() -> dump().equals(live)
                && http().get("/api/replays", VIEWER).body().isEmpty());
        assertThat(database.listCollectionNames().into(new ArrayList<>()))
                .as("the copies readers were served during the rebuild are gone")
                .noneMatch(name -> name.endsWith("_previous"));
    }

    private List<Document> dump() {
        List<Document> documents = new ArrayList<>();
        for (String collection : List.of(ProgrammeProjection.ROTATIONS, ProgrammeProjection.EVALUATIONS, "pool_cadres",
                "pool_units", "cadre_roster", "cadre_timelines")) {
            database.getCollection(collection).find().sort(new Document("_id", 1))
                    .forEach(d -> documents.add(new Document("collection", collection).append("document", d)));
        }
        return documents;
    }

    private static String unit(String name, Level level, Bloc bloc) {
        return CadreTopic.unit("YB", name, level, bloc, level == Level.COMMUNE ? name.substring(name.indexOf("phường"))
                : "Thành phố Yên Bái", List.of("Bí thư Đảng ủy", "Chủ tịch UBND"), LocalDate.of(2008, 1, 1));
    }

    private static String cadre(String fullName) {
        return CadreTopic.registered("YB", fullName, Gender.MALE, LocalDate.of(1980, 1, 1), "Xã Tuy Lộc").id();
    }

    private static List<UnitIndicator> poverty(String rate) {
        return List.of(new UnitIndicator("Tỷ lệ hộ nghèo", "%", new BigDecimal(rate)));
    }

    private JsonNode awaitJson(String path, Predicate<JsonNode> ready) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> http().get(path, VIEWER),
                r -> r.status() == 200 && ready.test(r.body())).body();
    }
}
