package vn.cadres.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.awaitility.Awaitility;
import vn.cadres.infra.LocalKeycloak.DemoUsers;

/**
 * A day with the web application, in Debian's Chromium, signed in through the real Keycloak: an
 * office, the Standing Committee, an auditor and operations each land where their work is, follow the
 * figures down to the rows and people behind them, and cannot open what their role may not. Every
 * figure is checked against the services' own APIs, every page against axe-core's rules; screenshots
 * of each page, in Vietnamese and English, on a laptop and a tablet, are in target/screenshots.
 */
class WebApplicationBrowserTest {

    private static WebSystem system;

    @TempDir
    Path downloads;

    @BeforeAll
    static void startTheSystem() {
        system = WebSystem.shared();
    }

    @Test
    void an_office_lands_on_its_province_and_follows_a_figure_down_to_a_cadre() {
        JsonNode programme = system.reports.get("/api/reports/programme?province=LS", system.token(DemoUsers.OFFICE_LS)).body();
        try (Clerk office = Clerk.signIn(system, DemoUsers.OFFICE_LS, downloads)) {
            assertThat(office.path()).isEqualTo("/programme?province=LS");
            assertThat(office.heading()).isEqualTo("Chương trình luân chuyển");
            assertThat(office.text(By.cssSelector(".card.primary .figure")))
                    .isEqualTo(String.valueOf(programme.get("rotations").asLong()));
            office.looksRightAs("programme-office-vi");

            office.click(By.linkText("Về cơ sở (từ trên xuống)"));
            assertThat(office.path()).contains("movement=DOWNWARD").contains("province=LS");
            assertThat(office.text(By.cssSelector(".pager span")))
                    .isEqualTo(programme.get("byMovement").get("DOWNWARD").asLong() + " bản ghi");
            office.looksRightAs("rotations-downward-vi");

            WebElement firstCadre = office.waitFor(By.cssSelector("table.data tbody td a"));
            String name = firstCadre.getText();
            firstCadre.click();
            assertThat(office.heading()).isEqualTo(name);
            assertThat(office.pageText()).contains("Quá trình công tác", "Đánh giá, xếp loại", "Đăng ký hồ sơ cán bộ");
            office.looksRightAs("cadre-vi");
        }
    }

    @Test
    void an_office_finds_a_cadre_by_name_typed_without_diacritics() {
        try (Clerk office = Clerk.signIn(system, DemoUsers.OFFICE_LS, downloads)) {
            office.open("/cadres?q=thang");
            List<String> names = office.all(By.cssSelector("table.data tbody td:first-child a")).stream()
                    .map(WebElement::getText).toList();
            assertThat(names).isNotEmpty().allSatisfy(found -> assertThat(found).containsIgnoringCase("Thắng"));
            office.looksRightAs("cadre-search-vi");
        }
    }

    @Test
    void the_standing_committee_sees_the_programme_but_no_personal_record() {
        JsonNode country = system.reports.get("/api/reports/programme", system.token(DemoUsers.VIEWER)).body();
        String someCadre = system.reports.get("/api/reports/rotations?province=HN", system.token(DemoUsers.VIEWER))
                .body().get("items").get(0).get("cadreId").asText();
        try (Clerk viewer = Clerk.signIn(system, DemoUsers.VIEWER, downloads)) {
            assertThat(viewer.path()).isEqualTo("/programme");
            assertThat(viewer.text(By.cssSelector(".card.primary .figure")))
                    .isEqualTo(String.valueOf(country.get("rotations").asLong()));
            assertThat(viewer.all(By.linkText("Cán bộ"))).as("no cadres menu for the committee").isEmpty();

            viewer.open("/rotations?province=HN");
            assertThat(viewer.all(By.cssSelector("a[href^='/cadres/']"))).as("names are not links to records").isEmpty();
            viewer.looksRightAs("rotations-viewer-vi");

            JsonNode pool = system.reports.get("/api/reports/pool/summary?province=LS", system.token(DemoUsers.VIEWER)).body();
            viewer.open("/pool?province=LS");
            assertThat(viewer.text(By.cssSelector(".card.primary .figure"))).isEqualTo(pool.get("total").asText());
            assertThat(viewer.all(By.cssSelector("table.data thead th")).stream().map(WebElement::getText))
                    .as("the committee's pool has no birth dates").doesNotContain("Ngày sinh").contains("Họ và tên");
            assertThat(viewer.all(By.cssSelector("table.data tbody tr"))).hasSize(25);
            viewer.looksRightAs("pool-viewer-vi");
            viewer.open("/key-posts?province=LS");
            assertThat(viewer.heading()).isEqualTo("Chức danh chủ chốt");
            viewer.looksRightAs("key-posts-viewer-vi");

            viewer.open("/cadres/" + someCadre);
            assertThat(viewer.heading()).isEqualTo("Không có quyền truy cập");
            assertThat(viewer.pageText()).doesNotContain("Ngày sinh");
            viewer.open("/operations");
            assertThat(viewer.heading()).isEqualTo("Không có quyền truy cập");
            viewer.looksRightAs("not-allowed-vi");
        }
    }

    @Test
    void an_auditor_lands_on_the_history_and_operations_on_the_processors() {
        try (Clerk auditor = Clerk.signIn(system, DemoUsers.AUDITOR, downloads)) {
            assertThat(auditor.path()).isEqualTo("/history");
            assertThat(auditor.all(By.cssSelector("table.data tbody tr"))).hasSizeGreaterThan(10);
            assertThat(auditor.pageText()).contains("Đăng ký hồ sơ cán bộ");
            auditor.looksRightAs("history-auditor-vi");
            auditor.open("/operations");
            assertThat(auditor.heading()).isEqualTo("Không có quyền truy cập");
        }
        try (Clerk admin = Clerk.signIn(system, DemoUsers.ADMIN, downloads)) {
            assertThat(admin.path()).isEqualTo("/operations");
            assertThat(admin.pageText()).contains("Bộ xử lý sự kiện", "reports");
            admin.looksRightAs("operations-admin-vi");
            admin.open("/programme");
            assertThat(admin.heading()).isEqualTo("Không có quyền truy cập");
        }
    }

    @Test
    void english_is_a_switch_that_sticks_from_page_to_page() {
        try (Clerk office = Clerk.signIn(system, DemoUsers.OFFICE_HN, downloads)) {
            office.click(By.linkText("English"));
            assertThat(office.heading()).isEqualTo("Rotation programme");
            assertThat(office.path()).contains("province=HN");
            office.looksRightAs("programme-office-en");
            office.click(By.linkText("Rotations"));
            assertThat(office.heading()).isEqualTo("Rotations");
            office.looksRightAs("rotations-en");
            office.resize(Clerk.TABLET);
            office.open("/programme?province=HN");
            office.looksRightAs("programme-tablet-en");
            office.click(By.linkText("Tiếng Việt"));
            assertThat(office.heading()).isEqualTo("Chương trình luân chuyển");
            office.looksRightAs("programme-tablet-vi");
        }
    }

    @Test
    void a_filtered_table_downloads_as_excel_with_its_filters() throws IOException {
        long downward = system.reports.get("/api/reports/programme?province=LS", system.token(DemoUsers.OFFICE_LS)).body()
                .get("byMovement").get("DOWNWARD").asLong();
        try (Clerk office = Clerk.signIn(system, DemoUsers.OFFICE_LS, downloads)) {
            office.open("/rotations?province=LS&movement=DOWNWARD");
            office.click(By.partialLinkText("Excel"));
            Path file = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> xlsxIn(downloads), found -> found != null);
            try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getPhysicalNumberOfRows() - 1).as("rows under the header").isEqualTo(downward);
            }
        }
    }

    @Test
    void signing_out_ends_the_session_here_and_at_the_provider() {
        try (Clerk office = Clerk.signIn(system, DemoUsers.OFFICE_DB, downloads)) {
            office.click(By.cssSelector(".session form button"));
            assertThat(office.heading()).isEqualTo("Đã đăng xuất");
            office.looksRightAs("signed-out-vi");
            office.open("/programme?province=DB");
            assertThat(office.onTheProvidersSignInPage()).as("asked to sign in again").isTrue();
        }
    }

    private static Path xlsxIn(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).findFirst().orElse(null);
        }
    }
}
