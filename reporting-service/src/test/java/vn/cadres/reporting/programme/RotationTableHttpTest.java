package vn.cadres.reporting.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.Topics;
import vn.cadres.contracts.rotation.Direction;
import vn.cadres.contracts.rotation.Movement;
import vn.cadres.contracts.rotation.RotationKind;
import vn.cadres.contracts.rotation.RotationProposed;
import vn.cadres.contracts.rotation.UnitPost;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.platform.testing.CadreTopic;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.RotationTopic;
import vn.cadres.platform.testing.TestTokens;
import vn.cadres.platform.testing.TopicWriter;
import vn.cadres.reporting.ReportingServiceApplication;

/**
 * The rotations table of Quảng Ninh, five rotations given on the topics: each filter narrows it,
 * names sort in Vietnamese order, pages add up to the whole, and the export carries every row the
 * filters and the order give. Quảng Ninh is no other test's province, so the counts are its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = ReportingServiceApplication.CONFIG_NAME)
class RotationTableHttpTest extends RealPartsTest {

    private static final ProvinceCode QUANG_NINH = ProvinceCode.of("QN");
    private static final String VIEWER = TestTokens.viewer();
    private static final String TABLE = "/api/reports/rotations?province=QN";
    private static final Direction DOWN = new Direction(Movement.DOWNWARD, Level.DISTRICT, Level.COMMUNE, Bloc.PARTY,
            Bloc.PARTY);
    private static final Direction UP = new Direction(Movement.UPWARD, Level.COMMUNE, Level.DISTRICT, Bloc.PARTY,
            Bloc.PARTY);
    private static final Direction ACROSS_BLOCS = new Direction(Movement.BETWEEN_BODIES, Level.DISTRICT,
            Level.DISTRICT, Bloc.PARTY, Bloc.MASS_ORGANISATION);

    private static String district;
    private static String commune;
    private static String youthUnion;

    /**
     * Dương: down, 2020 to 2022, completed. Đặng: up since mid-2021, planned to end in May 2023, still
     * running (overdue). Ánh: a transfer across blocs, proposed for 2027. Bùi: down from 2019, ended
     * early in March 2020. Âu: down from the youth union, planned for 2025, cancelled.
     */
    private static synchronized void quangNinh() {
        if (district != null) {
            return;
        }
        district = unit("Ban Tổ chức Huyện ủy Tiên Yên", Level.DISTRICT, Bloc.PARTY);
        commune = unit("Đảng ủy xã Đông Ngũ", Level.COMMUNE, Bloc.PARTY);
        youthUnion = unit("Huyện đoàn Tiên Yên", Level.DISTRICT, Bloc.MASS_ORGANISATION);
        RotationTopic.proposed(cadre("Dương Thị Lan"), QUANG_NINH, post(district), post(commune), DOWN,
                LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31)).started(LocalDate.of(2020, 1, 1),
                LocalDate.of(2022, 12, 31)).completed(LocalDate.of(2022, 12, 31), 36);
        RotationTopic.proposed(cadre("Đặng Văn Hải"), QUANG_NINH, post(commune), post(district), UP,
                LocalDate.of(2021, 6, 1), LocalDate.of(2023, 5, 31)).started(LocalDate.of(2021, 6, 1),
                LocalDate.of(2023, 5, 31));
        String rotationId = UUID.randomUUID().toString();
        TopicWriter.publish(Topics.ROTATION_EVENTS, TopicWriter.firstEventOf("Rotation", rotationId,
                new RotationProposed(rotationId, cadre("Ánh Văn Tú"), QUANG_NINH, RotationKind.TRANSFER,
                        post(district), post(youthUnion), LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31), null,
                        ACROSS_BLOCS, List.of(), LocalDate.of(2026, 11, 1))));
        RotationTopic.proposed(cadre("Bùi Văn Cường"), QUANG_NINH, post(district), post(commune), DOWN,
                LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31)).started(LocalDate.of(2019, 1, 1),
                LocalDate.of(2021, 12, 31)).endedEarly(LocalDate.of(2020, 3, 31), 15);
        RotationTopic.proposed(cadre("Âu Thị Mai"), QUANG_NINH, post(youthUnion), post(commune), DOWN,
                LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)).cancelled(LocalDate.of(2024, 12, 1));
    }

    @Test
    void each_filter_narrows_the_table_in_the_database_to_the_rotations_it_names() {
        awaitAll();

        assertThat(names("&status=OVERDUE")).as("running past its planned end today").containsExactly("Đặng Văn Hải");
        assertThat(names("&status=completed")).containsExactly("Dương Thị Lan");
        assertThat(names("&movement=UPWARD")).containsExactly("Đặng Văn Hải");
        assertThat(names("&kind=TRANSFER")).containsExactly("Ánh Văn Tú");
        assertThat(names("&blocCrossing=true")).containsExactly("Ánh Văn Tú");
        assertThat(names("&blocCrossing=false")).hasSize(4).doesNotContain("Ánh Văn Tú");
        assertThat(names("&unitId=" + youthUnion + "&sort=name")).as("the sending or the receiving unit")
                .containsExactly("Ánh Văn Tú", "Âu Thị Mai");
        assertThat(names("&from=2022-06-01&to=2022-12-31&sort=name"))
                .as("terms overlapping the period; one ended in 2020 does not").containsExactly("Dương Thị Lan",
                        "Đặng Văn Hải");
        assertThat(names("&from=2024-01-01&to=2024-12-31"))
                .as("an overdue rotation lasts until it ends, past its planned end").containsExactly("Đặng Văn Hải");
        assertThat(names("&q=" + encoded("dang van"))).as("a name typed without diacritics")
                .containsExactly("Đặng Văn Hải");
        assertThat(names("&q=" + encoded("Dương"))).containsExactly("Dương Thị Lan");
        assertThat(names("&q=nguyen")).isEmpty();
        assertThat(names("&movement=DOWNWARD&status=ENDED_EARLY")).as("filters combine")
                .containsExactly("Bùi Văn Cường");
    }

    @Test
    void terms_ending_within_ninety_days_are_the_running_ones_planned_to_end_from_today_to_day_ninety() {
        String table = "/api/reports/rotations?province=HT&status=ENDING&sort=plannedEnd";
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String sending = CadreTopic.unit("HT", "Ban Tổ chức Huyện ủy Hương Sơn", Level.DISTRICT, Bloc.PARTY, "Hương Sơn",
                List.of("Bí thư"), LocalDate.of(2008, 1, 1));
        String receiving = CadreTopic.unit("HT", "Đảng ủy xã Sơn Kim", Level.COMMUNE, Bloc.PARTY, "Hương Sơn",
                List.of("Bí thư"), LocalDate.of(2008, 1, 1));
        for (Map.Entry<String, LocalDate> term : Map.of("Phan Văn Hòa", today.plusDays(90), "Lê Thị Hồng", today,
                "Trần Văn Nam", today.plusDays(91), "Võ Thị Thu", today.minusDays(1)).entrySet()) {
            String cadre = CadreTopic.registered("HT", term.getKey(), Gender.MALE, LocalDate.of(1980, 1, 1),
                    "Xã Sơn Kim").id();
            RotationTopic.proposed(cadre, ProvinceCode.of("HT"), post(sending), post(receiving), DOWN,
                    today.minusYears(2), term.getValue()).started(today.minusYears(2), term.getValue());
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> http().get("/api/reports/rotations?province=HT", VIEWER)
                .body().get("total").asInt() == 4);
        assertThat(http().get(table, VIEWER).body().get("items").findValuesAsText("cadreName"))
                .as("today and day 90 in; day 91 not yet; yesterday's is overdue")
                .containsExactly("Lê Thị Hồng", "Phan Văn Hòa");
    }

    @Test
    void names_sort_in_vietnamese_order_and_the_other_columns_by_their_values() {
        awaitAll();

        assertThat(names("&sort=name")).as("Á with A, Â after A, Đ after D")
                .containsExactly("Ánh Văn Tú", "Âu Thị Mai", "Bùi Văn Cường", "Dương Thị Lan", "Đặng Văn Hải");
        assertThat(names("&sort=-name")).containsExactly("Đặng Văn Hải", "Dương Thị Lan", "Bùi Văn Cường",
                "Âu Thị Mai", "Ánh Văn Tú");
        assertThat(names("")).as("by default, earliest start first: begun, else planned")
                .containsExactly("Bùi Văn Cường", "Dương Thị Lan", "Đặng Văn Hải", "Âu Thị Mai", "Ánh Văn Tú");
        assertThat(names("&sort=-plannedEnd")).containsExactly("Ánh Văn Tú", "Âu Thị Mai", "Đặng Văn Hải",
                "Dương Thị Lan", "Bùi Văn Cường");
    }

    @Test
    void pages_of_the_table_add_up_to_the_whole_with_its_total() {
        awaitAll();

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode answer = http().get(TABLE + "&sort=name&size=2&page=" + page, VIEWER).body();
            assertThat(answer.get("total").asInt()).isEqualTo(5);
            assertThat(answer.get("page").asInt()).isEqualTo(page);
            assertThat(answer.get("size").asInt()).isEqualTo(2);
            paged.addAll(answer.get("items").findValuesAsText("cadreName"));
        }

        assertThat(paged).containsExactlyElementsOf(names("&sort=name"));
        assertThat(http().get(TABLE + "&size=2&page=3", VIEWER).body().get("items")).as("past the last page").isEmpty();
        assertThat(http().get(TABLE, VIEWER).body().get("size").asInt()).as("the default size").isEqualTo(25);
    }

    @Test
    void the_export_carries_every_row_the_filters_and_the_order_give() {
        awaitAll();

        String csv = new String(http().getRaw("/api/reports/export/rotations.csv?lang=en&province=QN"
                + "&movement=DOWNWARD&sort=-name&size=1", VIEWER).body(), StandardCharsets.UTF_8);

        List<String> lines = csv.lines().skip(1).toList();
        assertThat(lines).as("the three downward ones, not one page of them").hasSize(3);
        assertThat(lines.get(0)).startsWith("Dương Thị Lan,");
        assertThat(lines.get(1)).startsWith("Bùi Văn Cường,");
        assertThat(lines.get(2)).startsWith("Âu Thị Mai,");
        assertThat(problemField("/api/reports/export/rotations.csv?province=QN&status=LATE")).isEqualTo("status");
    }

    @Test
    void a_parameter_the_table_cannot_take_is_a_400_naming_it() {
        assertThat(problemField(TABLE + "&sort=age")).isEqualTo("sort");
        assertThat(problemField(TABLE + "&size=201")).isEqualTo("size");
        assertThat(problemField(TABLE + "&size=0")).isEqualTo("size");
        assertThat(problemField(TABLE + "&page=-1")).isEqualTo("page");
        assertThat(problemField(TABLE + "&page=first")).isEqualTo("page");
        assertThat(problemField(TABLE + "&status=LATE")).isEqualTo("status");
        assertThat(problemField(TABLE + "&movement=SIDEWAYS")).isEqualTo("movement");
        assertThat(problemField(TABLE + "&kind=SECONDMENT")).isEqualTo("kind");
        assertThat(problemField(TABLE + "&blocCrossing=maybe")).isEqualTo("blocCrossing");
        assertThat(problemField(TABLE + "&from=2022-13-01")).isEqualTo("from");
        assertThat(problemField(TABLE + "&from=2023-01-01&to=2022-01-01")).isEqualTo("to");
    }

    /** Once for the class, when the first test runs: the broker is up by then. */
    private void awaitAll() {
        quangNinh();
        await().atMost(Duration.ofSeconds(30)).until(() -> http().get(TABLE + "&status=OVERDUE", VIEWER).body(),
                b -> b.get("total").asInt() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> http().get(TABLE, VIEWER).body(),
                b -> b.get("total").asInt() == 5 && b.get("items").findValuesAsText("status").containsAll(
                        List.of("COMPLETED", "ENDED_EARLY", "CANCELLED", "PROPOSED"))
                        && !b.get("items").findValues("cadreName").stream().anyMatch(JsonNode::isNull));
    }

    private List<String> names(String filters) {
        Http.Response answer = http().get(TABLE + filters, VIEWER);
        assertThat(answer.status()).as(filters).isEqualTo(200);
        return answer.body().get("items").findValuesAsText("cadreName");
    }

    private String problemField(String path) {
        Http.Response answer = http().get(path, VIEWER);
        assertThat(answer.status()).as(path).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        return answer.body().get("errors").get(0).get("field").asText();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static UnitPost post(String unitId) {
        return new UnitPost(unitId, "Phó Bí thư");
    }

    private static String unit(String name, Level level, Bloc bloc) {
        return CadreTopic.unit("QN", name, level, bloc, "Tiên Yên", List.of("Bí thư"), LocalDate.of(2008, 1, 1));
    }

    private static String cadre(String fullName) {
        return CadreTopic.registered("QN", fullName, Gender.MALE, LocalDate.of(1980, 1, 1), "Xã Đông Ngũ").id();
    }
}
