package vn.cadres.reporting.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.platform.testing.CadreTopic;
import vn.cadres.platform.testing.CadreTopic.CadreRecord;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.TestTokens;
import vn.cadres.reporting.ReportingServiceApplication;

/**
 * The pool of a province as of a date and its key posts, from {@code cadre.events}: who was under
 * management then, at which level, with which education; natives in key posts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = ReportingServiceApplication.CONFIG_NAME)
class PoolReportsHttpTest extends RealPartsTest {

    private static final Decision DECISION = new Decision("1-QĐ/TU", LocalDate.of(2012, 1, 1), "Tỉnh ủy Cao Bằng");
    private static final LocalDate APPOINTED = LocalDate.of(2012, 1, 15);

    @Test
    void the_pool_as_of_a_date_counts_who_was_under_management_then_with_the_shares_offices_report() {
        String department = CadreTopic.unit("CB", "Sở Nội vụ Cao Bằng", Level.PROVINCE, Bloc.GOVERNMENT, null,
                List.of("Giám đốc Sở"), LocalDate.of(2004, 1, 1));
        String commune = CadreTopic.unit("CB", "Đảng ủy xã Hưng Đạo", Level.COMMUNE, Bloc.PARTY, "Hưng Đạo",
                List.of("Bí thư Đảng ủy"), LocalDate.of(2004, 1, 1));
        cadre("Nông Văn Một", Gender.MALE, 1970, "Xã Khác").appointed(department, "Giám đốc Sở", DECISION, APPOINTED);
        cadre("Nông Thị Hai", Gender.FEMALE, 1992, "Xã Khác").appointed(department, "Phó Giám đốc Sở", DECISION,
                APPOINTED);
        cadre("Nông Văn Ba", Gender.MALE, 1975, "Xã Hưng Đạo").appointed(commune, "Bí thư Đảng ủy xã Hưng Đạo",
                DECISION, APPOINTED);
        cadre("Nông Văn Hưu", Gender.MALE, 1958, "Xã Khác").appointed(department, "Phó Giám đốc Sở", DECISION,
                APPOINTED).retired(LocalDate.of(2018, 6, 1));
        CadreRecord last = cadre("Nông Thị Chưa", Gender.FEMALE, 1990, "Xã Khác");

        JsonNode in2020 = awaitJson("/api/reports/pool/summary?province=CB&asOf=2020-12-31", p -> p.get("total").asInt() == 4
                && p.get("byLevel").has("COMMUNE"));
        assertThat(in2020.get("byLevel").get("PROVINCE").asInt()).isEqualTo(2);
        assertThat(in2020.get("byLevel").get("COMMUNE").asInt()).isEqualTo(1);
        assertThat(in2020.get("byLevel").get("NONE").asInt()).as("registered, no post yet").isEqualTo(1);
        assertThat(in2020.get("women").get("count").asInt()).isEqualTo(2);
        assertThat(in2020.get("women").get("percent").asText()).isEqualTo("50.0");
        assertThat(in2020.get("under35").get("count").asInt()).as("born 1990 and 1992").isEqualTo(2);
        assertThat(awaitJson("/api/reports/pool/summary?province=CB&asOf=2017-12-31", p -> true).get("total").asInt())
                .as("the retired one still served then").isEqualTo(5);
        assertThat(last.id()).isNotBlank();

        JsonNode keyPosts = awaitJson("/api/reports/key-posts?province=CB&asOf=2020-12-31",
                k -> k.get("total").asInt() == 2).get("items");
        assertThat(keyPosts.get(0).get("post").asText()).isEqualTo("Bí thư Đảng ủy");
        assertThat(keyPosts.get(0).get("nonNatives").get("count").asInt()).as("a native of Hưng Đạo").isZero();
        assertThat(keyPosts.get(1).get("post").asText()).isEqualTo("Giám đốc Sở");
        assertThat(keyPosts.get(1).get("nonNatives").get("percent").asText()).isEqualTo("0.0")
                .as("a provincial post held by a native of the province");
        assertThat(http().get("/api/reports/pool?province=CB", TestTokens.office("LS")).status()).isEqualTo(403);
    }

    @Test
    void a_cadre_from_a_commune_of_the_district_is_a_native_of_the_district() {
        String baBe = district("Huyện ủy Ba Bể", "Ba Bể", "Nam Mẫu", "Cao Trĩ");
        String pacNam = district("Huyện ủy Pác Nặm", "Pác Nặm", "Bộc Bố");
        String naRi = district("Huyện ủy Na Rì", "Na Rì", "Khang Ninh");
        CadreTopic.registered("BK", "Hoàng Văn Nam", Gender.MALE, LocalDate.of(1975, 3, 1), "Xã Nam Mẫu")
                .appointed(baBe, "Bí thư Huyện ủy Ba Bể", DECISION, APPOINTED);
        CadreTopic.registered("BK", "Hoàng Văn Bố", Gender.MALE, LocalDate.of(1976, 3, 1), "Xã Bộc Bố")
                .appointed(naRi, "Bí thư Huyện ủy Na Rì", DECISION, APPOINTED);
        CadreTopic.registered("BK", "Hoàng Văn Khang", Gender.MALE, LocalDate.of(1977, 3, 1), "Xã Khang Ninh")
                .appointed(pacNam, "Bí thư Huyện ủy Pác Nặm", DECISION, APPOINTED);

        JsonNode keyPosts = awaitJson("/api/reports/key-posts?province=BK&asOf=2020-12-31",
                k -> k.get("total").asInt() == 1 && k.get("items").get(0).get("held").asInt() == 3).get("items");

        assertThat(keyPosts.get(0).get("nonNatives").get("count").asInt())
                .as("Nam Mẫu lies in Ba Bể; Bộc Bố and Khang Ninh lie in other districts").isEqualTo(2);
    }

    /** A district Party committee and its communes, each commune's committee belonging to it. */
    private static String district(String name, String locality, String... communes) {
        LocalDate established = LocalDate.of(2004, 1, 1);
        String district = CadreTopic.unit("BK", name, Level.DISTRICT, Bloc.PARTY, locality, List.of("Bí thư Huyện ủy"),
                established);
        for (String commune : communes) {
            CadreTopic.unit("BK", "Đảng ủy xã " + commune, Level.COMMUNE, Bloc.PARTY, commune, district,
                    List.of("Bí thư Đảng ủy"), established);
        }
        return district;
    }

    private static CadreRecord cadre(String name, Gender gender, int born, String homeCommune) {
        return CadreTopic.registered("CB", name, gender, LocalDate.of(born, 3, 1), homeCommune);
    }

    private JsonNode awaitJson(String path, Predicate<JsonNode> ready) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> http().get(path, TestTokens.viewer()),
                r -> r.status() == 200 && ready.test(r.body())).body();
    }
}
