package vn.cadres.reporting.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.platform.testing.CadreTopic;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.TestTokens;
import vn.cadres.reporting.ReportingServiceApplication;

/**
 * The pool of Thanh Hóa as a table, a page at a time: who was under management on the date, with the
 * post and education of then, names in Vietnamese order, birth dates only for those who may see
 * them; and its key posts table. Thanh Hóa is no other test's province.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = ReportingServiceApplication.CONFIG_NAME)
class PoolTableHttpTest extends RealPartsTest {

    private static final Decision DECISION = new Decision("7-QĐ/TU", LocalDate.of(2012, 1, 1), "Tỉnh ủy Thanh Hóa");
    private static final LocalDate APPOINTED = LocalDate.of(2012, 1, 15);
    private static final String POOL = "/api/reports/pool?province=TH&asOf=2020-12-31";
    private static final String VIEWER = TestTokens.viewer();
    private static boolean given;

    /** Five cadres, one retired in 2018; two key posts held, one post that is not key. */
    private static synchronized void thanhHoa() {
        if (given) {
            return;
        }
        given = true;
        String department = CadreTopic.unit("TH", "Sở Nội vụ Thanh Hóa", Level.PROVINCE, Bloc.GOVERNMENT, null,
                List.of("Giám đốc Sở"), LocalDate.of(2004, 1, 1));
        String commune = CadreTopic.unit("TH", "Đảng ủy xã Xuân Lập", Level.COMMUNE, Bloc.PARTY, "Xuân Lập",
                List.of("Bí thư Đảng ủy"), LocalDate.of(2004, 1, 1));
        cadre("Đỗ Văn Đức", Gender.MALE, 1970).appointed(department, "Giám đốc Sở", DECISION, APPOINTED);
        cadre("Dư Thị Hoa", Gender.FEMALE, 1985).appointed(commune, "Bí thư Đảng ủy xã Xuân Lập", DECISION, APPOINTED);
        cadre("Dương Văn Bảy", Gender.MALE, 1975).appointed(department, "Phó Giám đốc Sở", DECISION, APPOINTED);
        cadre("Ánh Thị Ngọc", Gender.FEMALE, 1990);
        cadre("Lê Văn Hưu", Gender.MALE, 1958).appointed(department, "Phó Giám đốc Sở", DECISION, APPOINTED)
                .retired(LocalDate.of(2018, 6, 1));
    }

    @Test
    void the_pool_on_a_date_is_paged_in_vietnamese_order_with_the_posts_held_then() {
        awaitPool();

        JsonNode all = http().get(POOL + "&sort=name", VIEWER).body();
        assertThat(all.get("total").asInt()).as("the one retired in 2018 is not in the pool of 2020").isEqualTo(4);
        assertThat(all.get("items").findValuesAsText("fullName"))
                .containsExactly("Ánh Thị Ngọc", "Dư Thị Hoa", "Dương Văn Bảy", "Đỗ Văn Đức");
        JsonNode director = all.get("items").get(3);
        assertThat(director.get("level").asText()).isEqualTo("PROVINCE");
        assertThat(director.get("posts").get(0).get("post").asText()).isEqualTo("Giám đốc Sở");
        assertThat(director.get("posts").get(0).get("unitName").asText()).isEqualTo("Sở Nội vụ Thanh Hóa");
        assertThat(all.get("items").get(0).get("level").asText()).as("no post yet").isEqualTo("NONE");
        assertThat(all.get("items").findValues("birthDate")).as("no birth date for a dashboard")
                .allMatch(JsonNode::isNull);

        JsonNode second = http().get(POOL + "&sort=name&size=3&page=1", VIEWER).body();
        assertThat(second.get("total").asInt()).isEqualTo(4);
        assertThat(second.get("items").findValuesAsText("fullName")).containsExactly("Đỗ Văn Đức");
        assertThat(names(POOL + "&q=" + URLEncoder.encode("do van", StandardCharsets.UTF_8), VIEWER))
                .containsExactly("Đỗ Văn Đức");
        assertThat(names(POOL + "&q=thi&sort=-name", VIEWER)).containsExactly("Dư Thị Hoa", "Ánh Thị Ngọc");
        assertThat(http().get("/api/reports/pool?province=TH&asOf=2017-12-31", VIEWER).body().get("total").asInt())
                .as("still serving then").isEqualTo(5);
        assertThat(http().get("/api/reports/pool/summary?province=TH&asOf=2020-12-31", VIEWER).body()
                .get("total").asInt()).as("the figures count the same pool").isEqualTo(4);
    }

    @Test
    void only_those_who_may_see_birth_dates_may_sort_by_them() {
        awaitPool();

        assertThat(names(POOL + "&sort=-birthDate", TestTokens.auditor()))
                .containsExactly("Ánh Thị Ngọc", "Dư Thị Hoa", "Dương Văn Bảy", "Đỗ Văn Đức");
        assertThat(http().get(POOL + "&sort=-birthDate", TestTokens.office("TH")).body().get("items").get(0)
                .get("birthDate").asText()).isEqualTo("1990-03-01");
        Http.Response viewer = http().get(POOL + "&sort=birthDate", VIEWER);
        assertThat(viewer.status()).as("the order would tell a viewer what the table hides").isEqualTo(400);
        assertThat(viewer.body().get("errors").get(0).get("field").asText()).isEqualTo("sort");
        Http.Response noProvince = http().get("/api/reports/pool?size=5", VIEWER);
        assertThat(noProvince.status()).isEqualTo(400);
        assertThat(noProvince.body().get("errors").get(0).get("field").asText()).isEqualTo("province");
        assertThat(http().get(POOL, TestTokens.office("HN")).status()).isEqualTo(403);
    }

    @Test
    void the_pool_export_carries_every_row_of_the_filters_in_their_order() {
        awaitPool();

        String viewed = new String(http().getRaw("/api/reports/export/pool.csv?lang=en&province=TH&asOf=2020-12-31"
                + "&q=thi&sort=-name", VIEWER).body(), StandardCharsets.UTF_8);
        String audited = new String(http().getRaw("/api/reports/export/pool.csv?lang=en&province=TH&asOf=2020-12-31",
                TestTokens.auditor()).body(), StandardCharsets.UTF_8);

        List<String> lines = viewed.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).doesNotContain("Born");
        assertThat(lines.get(1)).startsWith("Dư Thị Hoa,Female,Commune,Bí thư Đảng ủy xã Xuân Lập (Đảng ủy xã Xuân Lập)");
        assertThat(lines.get(2)).startsWith("Ánh Thị Ngọc,Female,No post,");
        assertThat(audited.lines().toList()).hasSize(5);
        assertThat(audited.lines().toList().get(0)).contains("Born");
    }

    @Test
    void key_posts_are_a_paged_table_sorted_by_any_of_its_columns() {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            thanhHoa();
            return http().get("/api/reports/key-posts?province=TH&asOf=2020-12-31", VIEWER).body();
        }, k -> k.get("total").asInt() == 2);

        assertThat(http().get("/api/reports/key-posts?province=TH&asOf=2020-12-31", VIEWER).body().get("items")
                .findValuesAsText("post")).as("by post in Vietnamese order").containsExactly("Bí thư Đảng ủy",
                "Giám đốc Sở");
        JsonNode page = http().get("/api/reports/key-posts?province=TH&asOf=2020-12-31&sort=-post&size=1", VIEWER)
                .body();
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("items").findValuesAsText("post")).containsExactly("Giám đốc Sở");
        Http.Response bad = http().get("/api/reports/key-posts?province=TH&sort=name", VIEWER);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").get(0).get("field").asText()).isEqualTo("sort");
    }

    private void awaitPool() {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            thanhHoa();
            return http().get("/api/reports/pool?province=TH&asOf=2017-12-31", VIEWER).body();
        }, p -> p.get("total").asInt() == 5 && p.get("items").findValues("posts").stream().filter(JsonNode::isEmpty)
                .count() == 1 && http().get(POOL, VIEWER).body().get("total").asInt() == 4);
    }

    private List<String> names(String path, String token) {
        Http.Response answer = http().get(path, token);
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.body().get("items").findValuesAsText("fullName");
    }

    private static CadreTopic.CadreRecord cadre(String name, Gender gender, int born) {
        return CadreTopic.registered("TH", name, gender, LocalDate.of(born, 3, 1), "Xã Khác");
    }
}
