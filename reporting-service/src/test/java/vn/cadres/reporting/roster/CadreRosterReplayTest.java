package vn.cadres.reporting.roster;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.Topics;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.contracts.cadre.PoliticalTheory;
import vn.cadres.contracts.cadre.ProfessionalEducation;
import vn.cadres.contracts.rotation.UnitPost;
import vn.cadres.platform.testing.CadreTopic;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.RotationTopic;
import vn.cadres.platform.testing.TestTokens;
import vn.cadres.platform.testing.TopicWriter;
import vn.cadres.reporting.ReportingServiceApplication;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = ReportingServiceApplication.CONFIG_NAME)
class CadreRosterReplayTest extends RealPartsTest {

    private static final String ROSTER = "/api/reports/cadres?province=DB";
    /** The processor that runs the roster, with every other read model of the service (reporting-service.yml). */
    private static final String PROCESSOR = "reports";
    private static final String REPLAY = "/api/admin/processors/" + PROCESSOR + "/replay";

    @Autowired
    MongoDatabase database;

    @Test
    void a_replay_rebuilds_the_roster_from_the_topic_exactly_as_the_live_projection_built_it() {
        Http reports = http();
        EventEnvelope huong = registered("Đặng Quốc Hương", LocalDate.of(1979, 5, 2));
        EventEnvelope lan = registered("Lò Thị Lan", LocalDate.of(1985, 8, 30));
        TopicWriter.publish(Topics.CADRE_EVENTS, huong);
        TopicWriter.publish(Topics.CADRE_EVENTS, lan);
        TopicWriter.publish(Topics.CADRE_EVENTS, huong);
        JsonNode live = await().atMost(Duration.ofSeconds(20))
                .until(() -> reports.get(ROSTER, TestTokens.viewer()).body().get("items"), roster -> roster.size() == 2);

        database.getCollection(CadreRosterProjection.COLLECTION)
                .updateOne(eq("_id", huong.aggregateId()), Updates.set("fullName", "edited behind the log's back"));
        assertThat(reports.post(REPLAY, TestTokens.viewer(), "").status()).isEqualTo(403);
        Http.Response started = reports.post(REPLAY, TestTokens.admin(), "");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.body().get("replaying").asBoolean()).as("the processor says it is rebuilding").isTrue();

        JsonNode rebuilt = await().atMost(Duration.ofSeconds(20))
                .until(() -> reports.get(ROSTER, TestTokens.viewer()).body().get("items"), live::equals);
        assertThat(rebuilt.findValuesAsText("fullName")).as("in Vietnamese order: Đ among the D's, before L")
                .containsExactly("Đặng Quốc Hương", "Lò Thị Lan");
    }

    @Test
    void a_corrected_name_or_birth_date_replaces_the_registered_one_in_the_roster_and_the_rotations() {
        Http reports = http();
        CadreTopic.CadreRecord cadre = CadreTopic.registered("TQ", "Ma Văn Sai", Gender.MALE,
                LocalDate.of(1978, 3, 9), "Xã Yên Thuận");
        RotationTopic.proposed(cadre.id(), ProvinceCode.of("TQ"), new UnitPost("u-from", "Phó Chánh Văn phòng"),
                new UnitPost("u-to", "Bí thư Đảng ủy xã"), null, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
        cadre.corrected("fullName", "Ma Văn Sai", "Ma Văn Đúng", LocalDate.of(2024, 2, 1))
                .corrected("birthDate", "1978-03-09", "1979-03-09", LocalDate.of(2024, 2, 1));

        JsonNode roster = await().atMost(Duration.ofSeconds(20))
                .until(() -> reports.get("/api/reports/cadres?province=TQ", TestTokens.auditor()).body().get("items"),
                        r -> r.size() == 1 && r.get(0).get("managedSince") != null
                                && !r.get(0).get("fullName").asText().equals("Ma Văn Sai"));
        assertThat(roster.get(0).get("fullName").asText()).isEqualTo("Ma Văn Đúng");
        assertThat(roster.get(0).get("birthDate").asText()).isEqualTo("1979-03-09");
        JsonNode rotations = await().atMost(Duration.ofSeconds(20))
                .until(() -> reports.get("/api/reports/rotations?province=TQ", TestTokens.viewer()).body().get("items"),
                        r -> r.size() == 1);
        assertThat(rotations.get(0).get("cadreName").asText()).isEqualTo("Ma Văn Đúng");
    }

    @Test
    void only_an_administrator_sees_the_processors() {
        Http reports = http();

        assertThat(reports.get("/api/admin/processors", TestTokens.auditor()).status()).isEqualTo(403);
        JsonNode processors = reports.get("/api/admin/processors", TestTokens.admin()).body();
        assertThat(processors.findValuesAsText("name")).containsExactly(PROCESSOR);
    }

    @Test
    void the_standing_committee_sees_who_is_on_the_roster_but_not_their_birth_dates() {
        Http reports = http();
        TopicWriter.publish(Topics.CADRE_EVENTS, registered("Lường Văn Minh", LocalDate.of(1976, 3, 9), "SL"));
        JsonNode audited = await().atMost(Duration.ofSeconds(20)).until(
                () -> reports.get("/api/reports/cadres?province=SL", TestTokens.auditor()).body().get("items"), r -> r.size() == 1);

        JsonNode viewed = reports.get("/api/reports/cadres?province=SL", TestTokens.viewer()).body().get("items");

        assertThat(audited.get(0).path("birthDate").asText()).isEqualTo("1976-03-09");
        assertThat(viewed.get(0).path("fullName").asText()).isEqualTo("Lường Văn Minh");
        assertThat(viewed.get(0).has("birthDate")).as("no birth date for a dashboard").isFalse();
        assertThat(reports.get("/api/reports/cadres?province=SL", TestTokens.admin()).status()).isEqualTo(403);
    }

    private static EventEnvelope registered(String fullName, LocalDate birthDate) {
        return registered(fullName, birthDate, "DB");
    }

    private static EventEnvelope registered(String fullName, LocalDate birthDate, String province) {
        String cadreId = UUID.randomUUID().toString();
        return TopicWriter.firstEventOf("Cadre", cadreId, new CadreRegistered(cadreId, fullName, Gender.FEMALE,
                birthDate, ProvinceCode.of(province), LocalDate.of(2014, 7, 1), ProvinceCode.of(province), "Xã Nà Tấu", "Thái",
                ProfessionalEducation.BACHELOR, PoliticalTheory.INTERMEDIATE, null, "Ban Thường vụ Tỉnh ủy Điện Biên"));
    }
}
