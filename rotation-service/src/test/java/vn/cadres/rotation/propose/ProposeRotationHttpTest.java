package vn.cadres.rotation.propose;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
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
import vn.cadres.platform.eventstore.EnvelopeMessages;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.StoredEvents;
import vn.cadres.platform.testing.TestTokens;
import vn.cadres.platform.testing.TopicWriter;
import vn.cadres.rotation.RotationServiceApplication;
import vn.cadres.rotation.cadres.KnownCadre;
import vn.cadres.rotation.cadres.KnownCadres;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = RotationServiceApplication.CONFIG_NAME)
class ProposeRotationHttpTest extends RealPartsTest {

    private static final Duration CONSUMED_WITHIN = Duration.ofSeconds(15);
    private static final String PROPOSAL = """
            {"cadreId": "%s", "fromUnit": "Văn phòng Huyện ủy Điện Biên", "toUnit": "Đảng ủy xã Thanh Hưng",
             "plannedStart": "2014-07-01", "plannedEnd": "2017-07-01", "effectiveDate": "2014-06-15"}""";

    @Autowired
    EventLog log;
    @Autowired
    KnownCadres cadres;
    @Autowired
    MongoDatabase database;

    @Test
    void an_office_proposes_a_rotation_of_a_cadre_registered_at_cadre_service_and_the_fact_is_stored_and_published() {
        EventEnvelope registered = registration("DB", "Đặng Quốc Hương");
        TopicWriter.publish(Topics.CADRE_EVENTS, registered);

        Http.Response response = await().atMost(CONSUMED_WITHIN)
                .until(() -> propose(PROPOSAL.formatted(registered.aggregateId()), "DB"), r -> r.status() != 404);

        assertThat(response.status()).isEqualTo(201);
        String rotationId = response.body().get("rotationId").asText();
        assertThat(response.header("Location")).isEqualTo("/api/rotations/" + rotationId);

        EventEnvelope stored = StoredEvents.assertStoredAndPublished(log, Topics.ROTATION_EVENTS, rotationId,
                "rotation.RotationProposed.v1", "DB", LocalDate.of(2014, 6, 15));
        assertThat(stored.payload()).contains(registered.aggregateId()).contains("Đảng ủy xã Thanh Hưng");
    }

    @Test
    void a_rotation_of_a_cadre_never_registered_is_not_found() {
        Http.Response response = propose(PROPOSAL.formatted("never-registered"), "DB");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("resource").asText()).isEqualTo("cadre");
    }

    @Test
    void without_a_token_nothing_is_proposed() {
        Http.Response response = http().post("/api/rotations", null, PROPOSAL.formatted("any"));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void an_office_may_not_propose_rotating_a_cadre_of_another_province() {
        String cadreId = knownCadre("DB", "Lò Văn Tuấn");

        Http.Response response = propose(PROPOSAL.formatted(cadreId), "LS");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().get("detail").asText()).contains("LS").contains("DB");
    }

    @Test
    void the_proposal_is_dated_today_in_vietnam_unless_the_office_dates_it() {
        String cadreId = knownCadre("DB", "Quàng Văn Minh");

        Http.Response response = propose(PROPOSAL.formatted(cadreId).replace(", \"effectiveDate\": \"2014-06-15\"", ""),
                "DB");

        assertThat(response.status()).isEqualTo(201);
        String rotationId = response.body().get("rotationId").asText();
        assertThat(log.readAggregate(rotationId, 0).getFirst().effectiveDate())
                .isEqualTo(LocalDate.now(EnvelopeMessages.VIETNAM));
    }

    @Test
    void a_planned_term_ending_before_it_starts_is_refused_naming_the_field() {
        String cadreId = knownCadre("DB", "Lường Thị Hoa");

        Http.Response response = propose(PROPOSAL.formatted(cadreId).replace("2017-07-01", "2013-07-01"), "DB");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("plannedEnd");
    }

    @Test
    void a_rotation_to_the_unit_the_cadre_leaves_is_refused_naming_the_field() {
        String cadreId = knownCadre("DB", "Vừ A Dính");

        Http.Response response = propose(PROPOSAL.formatted(cadreId)
                .replace("Đảng ủy xã Thanh Hưng", "Văn phòng Huyện ủy Điện Biên"), "DB");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("toUnit");
    }

    @Test
    void a_proposal_without_a_receiving_unit_is_refused_naming_the_field() {
        Http.Response response = propose(PROPOSAL.formatted("any").replace("Đảng ủy xã Thanh Hưng", " "), "DB");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asText()).isEqualTo("toUnit");
    }

    @Test
    void a_registration_delivered_twice_is_known_once() {
        EventEnvelope registered = registration("HN", "Trần Thị Bình");
        int partition = TopicWriter.publish(Topics.CADRE_EVENTS, registered);
        TopicWriter.publish(Topics.CADRE_EVENTS, registered, partition);
        EventEnvelope later = registration("HN", "Lê Văn Cường");
        TopicWriter.publish(Topics.CADRE_EVENTS, later, partition);

        await().atMost(CONSUMED_WITHIN).until(() -> cadres.find(later.aggregateId()).isPresent());

        assertThat(cadres.find(registered.aggregateId()))
                .contains(new KnownCadre(registered.aggregateId(), ProvinceCode.of("HN"), "Trần Thị Bình"));
        assertThat(database.getCollection(KnownCadres.COLLECTION).countDocuments(eq("fullName", "Trần Thị Bình")))
                .isOne();
    }

    private Http.Response propose(String json, String office) {
        return http().post("/api/rotations", TestTokens.office(office), json);
    }

    /** A cadre that cadre-service registered and this service has read from {@code cadre.events}. */
    private String knownCadre(String province, String fullName) {
        EventEnvelope registered = registration(province, fullName);
        TopicWriter.publish(Topics.CADRE_EVENTS, registered);
        await().atMost(CONSUMED_WITHIN).until(() -> cadres.find(registered.aggregateId()).isPresent());
        return registered.aggregateId();
    }

    private static EventEnvelope registration(String province, String fullName) {
        String cadreId = UUID.randomUUID().toString();
        return TopicWriter.firstEventOf("Cadre", cadreId, new CadreRegistered(cadreId, fullName, Gender.MALE,
                LocalDate.of(1980, 3, 12), ProvinceCode.of(province), LocalDate.of(2014, 1, 1),
                ProvinceCode.of(province), "Xã Thanh Hưng", "Kinh", ProfessionalEducation.BACHELOR,
                PoliticalTheory.INTERMEDIATE, null, "Ban Thường vụ Tỉnh ủy"));
    }
}
