package vn.cadres.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.cadre.Decision;
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
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.RotationTopic;
import vn.cadres.platform.testing.TestTokens;
import vn.cadres.reporting.ReportingServiceApplication;

/**
 * The dashboard in a real headless Chromium, as a Standing Committee member uses it: sign in with a
 * token, read the overview of Lạng Sơn, switch to English, open a rotation's before / during / after
 * page, and download exports, each figure checked against the API it comes from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = ReportingServiceApplication.CONFIG_NAME)
class DashboardBrowserTest extends RealPartsTest {

    private static final ProvinceCode LS = ProvinceCode.of("LS");
    private static final Duration SHOWN_WITHIN = Duration.ofSeconds(20);

    @TempDir
    Path downloads;
    private ChromeDriver browser;

    @BeforeEach
    void browser() {
        browser = Chromium.start(downloads);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_member_reads_the_overview_switches_language_opens_a_rotation_and_downloads_exports() throws IOException {
        String rotationId = langSon();
        JsonNode programme = await().atMost(SHOWN_WITHIN).until(() -> api("/api/reports/programme?province=LS"),
                p -> p.get("rotations").asInt() >= 2 && p.get("outcomes").get("IMPROVED").asInt() >= 1);
        JsonNode pool = api("/api/reports/pool?province=LS&asOf=2022-12-31");

        browser.get("http://127.0.0.1:" + port + "/");
        browser.findElement(By.id("token")).sendKeys(TestTokens.viewer());
        browser.findElement(By.id("signInButton")).click();
        provincesListedFromTheReferenceData();
        new Select(browser.findElement(By.id("province"))).selectByValue("LS");
        browser.executeScript("document.getElementById('asOf').value = '2022-12-31'");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();

        await().atMost(SHOWN_WITHIN).until(() -> text("rotations").equals(programme.get("rotations").asText()));
        assertThat(text("completed")).isEqualTo(programme.get("byStatus").path("COMPLETED").asText("0"));
        assertThat(text("endedEarly")).isEqualTo(programme.get("byStatus").path("ENDED_EARLY").asText("0"));
        await().atMost(SHOWN_WITHIN).until(() -> cell("poolTable", 0, 1).equals(pool.get("total").asText()));
        assertThat(browser.findElement(By.id("poolTable")).getText()).contains("Đại học trở lên")
                .contains(pool.get("women").get("percent").asText().replace('.', ','));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Luân chuyển cán bộ");
        await().atMost(SHOWN_WITHIN).until(() -> browser.findElements(By.cssSelector(".rotation-link")).size()
                == api("/api/reports/rotations?province=LS").size());
        Accessibility.screenshot(browser, "overview-vi");
        assertThat(Accessibility.seriousViolations(browser)).as("the overview in Vietnamese").isEmpty();

        browser.findElement(By.id("language")).click();
        await().atMost(SHOWN_WITHIN).until(() -> browser.findElement(By.tagName("h1")).getText()
                .equals("Rotation of cadres"));
        await().atMost(SHOWN_WITHIN).until(() -> browser.findElement(By.id("poolTable")).getText()
                .contains("University or higher"));
        assertThat(browser.findElement(By.id("rotationsTable")).getText()).contains("Downward");

        browser.findElement(By.cssSelector("[data-rotation-id='" + rotationId + "']")).click();
        JsonNode assessment = api("/api/reports/rotations/" + rotationId);
        await().atMost(SHOWN_WITHIN).until(() -> text("rotationTitle").contains("Hoàng Văn Lên Bản"));
        assertThat(text("phaseBefore")).contains(assessment.get("before").get("totalScore").asText() + " points")
                .as("whose evaluation it is").contains("Deciding level");
        assertThat(text("phaseAfter")).contains(assessment.get("after").get("totalScore").asText() + " points")
                .contains("Excellent");
        assertThat(text("change")).contains("+" + assessment.get("change").get("totalScoreChange").asText())
                .contains("Improved");
        assertThat(browser.findElement(By.id("indicatorsTable")).getText()).contains("Tỷ lệ hộ nghèo")
                .contains("41.0").contains("38.5");
        Accessibility.screenshot(browser, "rotation-en");
        assertThat(Accessibility.seriousViolations(browser)).as("a rotation in English").isEmpty();

        browser.findElement(By.linkText("Overview")).click();
        await().atMost(SHOWN_WITHIN).until(() -> !browser.findElements(By.cssSelector(".rotation-link")).isEmpty());
        browser.findElement(By.cssSelector("[data-table='rotations'] .export-csv")).click();
        Path csv = downloaded(".csv");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("Hoàng Văn Lên Bản")
                .contains("Downward");
        browser.findElement(By.id("language")).click();
        await().atMost(SHOWN_WITHIN).until(() -> browser.findElement(By.tagName("h1")).getText()
                .equals("Luân chuyển cán bộ"));
        browser.findElement(By.cssSelector("[data-table='pool'] .export-xlsx")).click();
        try (InputStream in = Files.newInputStream(downloaded(".xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Tổng số cán bộ");
            assertThat((int) workbook.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue())
                    .isEqualTo(pool.get("total").asInt());
        }
    }

    /** Two Lạng Sơn rotations on the topics, one evaluated before and after; answers that one's id. */
    private String langSon() {
        String department = CadreTopic.unit("LS", "Phòng Nội vụ thành phố Lạng Sơn", Level.DISTRICT, Bloc.GOVERNMENT,
                "Thành phố Lạng Sơn", List.of("Trưởng phòng"), LocalDate.of(2000, 1, 1));
        String ward = CadreTopic.unit("LS", "Đảng ủy phường Chi Lăng", Level.COMMUNE, Bloc.PARTY, "Phường Chi Lăng",
                List.of("Bí thư Đảng ủy"), LocalDate.of(2000, 1, 1));
        String down = CadreTopic.registered("LS", "Hoàng Văn Lên Bản", Gender.MALE, LocalDate.of(1978, 2, 3),
                "Phường Chi Lăng").appointed(department, "Phó Trưởng phòng", new Decision("1-QĐ", LocalDate.of(2019, 12,
                20), "Thành ủy Lạng Sơn"), LocalDate.of(2020, 1, 1)).id();
        String across = CadreTopic.registered("LS", "Lương Thị Ngang", Gender.FEMALE, LocalDate.of(1990, 4, 5),
                "Xã Mai Pha").id();
        RotationTopic rotation = RotationTopic.proposed(down, LS, new UnitPost(department, "Phó Trưởng phòng"),
                        new UnitPost(ward, "Phó Chủ tịch UBND"), new Direction(Movement.DOWNWARD, Level.DISTRICT,
                                Level.COMMUNE, Bloc.GOVERNMENT, Bloc.PARTY), LocalDate.of(2016, 1, 1),
                        LocalDate.of(2018, 12, 31))
                .started(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 12, 31))
                .completed(LocalDate.of(2018, 12, 31), 36);
        RotationTopic.proposed(across, LS, new UnitPost(ward, "Chuyên viên"), new UnitPost(department, "Chuyên viên"),
                        new Direction(Movement.UPWARD, Level.COMMUNE, Level.DISTRICT, Bloc.PARTY, Bloc.GOVERNMENT),
                        LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31))
                .started(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31)).endedEarly(LocalDate.of(2020, 3, 31), 15);
        EvaluationTopic.recorded(LS, down, LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31), rotation.id(),
                EvaluationPhase.BEFORE, 80, Classification.GOOD, poverty("41.0")).decided(80, Classification.GOOD);
        EvaluationTopic.recorded(LS, down, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), rotation.id(),
                EvaluationPhase.DURING, 88, Classification.GOOD, poverty("38.5")).decided(88, Classification.GOOD);
        EvaluationTopic.recorded(LS, down, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), rotation.id(),
                EvaluationPhase.AFTER, 92, Classification.EXCELLENT, List.of()).decided(92, Classification.EXCELLENT);
        return rotation.id();
    }

    private static List<UnitIndicator> poverty(String rate) {
        return List.of(new UnitIndicator("Tỷ lệ hộ nghèo", "%", new BigDecimal(rate)));
    }

    /** The filter lists every province of the reference data once: today's first, then those merged or renamed. */
    private void provincesListedFromTheReferenceData() {
        JsonNode provinces = api("/api/reference/provinces");
        List<String> codes = Stream.iterate(0, i -> i < provinces.size(), i -> i + 1)
                .map(i -> provinces.get(i).get("code").asText()).distinct().toList();
        long inForce = Stream.iterate(0, i -> i < provinces.size(), i -> i + 1)
                .filter(i -> !provinces.get(i).hasNonNull("validTo")).count();
        await().atMost(SHOWN_WITHIN).until(() -> browser.findElements(By.cssSelector("#province optgroup option")).size()
                == codes.size());
        assertThat(browser.findElements(By.cssSelector("#province optgroup option")).stream()
                .map(option -> option.getDomAttribute("value")).toList()).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(browser.findElements(By.cssSelector("#province optgroup:first-of-type option"))).hasSize((int) inForce);
    }

    private JsonNode api(String path) {
        return http().get(path, TestTokens.viewer()).body();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private String cell(String tableId, int row, int column) {
        List<WebElement> rows = browser.findElements(By.cssSelector("#" + tableId + " tbody tr"));
        return rows.size() <= row ? "" : rows.get(row).findElements(By.tagName("td")).get(column).getText();
    }

    private Path downloaded(String suffix) {
        return await().atMost(SHOWN_WITHIN).until(() -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(suffix)).findFirst();
            }
        }, Optional::isPresent).orElseThrow();
    }
}
