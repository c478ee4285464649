package vn.cadres.rotation.propose;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.Topics;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.platform.eventstore.EnvelopeMessages;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.testing.CadreTopic.CadreRecord;
import vn.cadres.platform.testing.CadreTopic;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.StoredEvents;
import vn.cadres.platform.testing.TestTokens;
import vn.cadres.platform.testing.TopicWriter;
import vn.cadres.rotation.RotationHttpTest;
import vn.cadres.rotation.cadres.KnownCadres;

/**
 * Proposing a rotation over real HTTP: what is stored and published, and every way a proposal is
 * refused: an unknown, retired or dead cadre, another province, bad input, a broken rule.
 */
class ProposeRotationHttpTest extends RotationHttpTest {

    private static final String PROPOSAL = """
            {"cadreId": "%s", "from": {"unitId": "%s", "post": "Phó Chánh Văn phòng Huyện ủy"},
             "to": {"unitId": "%s", "post": "Phó Bí thư Thường trực Đảng ủy xã"},
             "plannedStart": "2014-07-01", "plannedEnd": "2017-06-30", "effectiveDate": "2014-06-15"}""";

    @Autowired
    EventLog log;
    @Autowired
    MongoDatabase database;

    private String district;
    private String commune;

    @BeforeEach
    void units() {
        district = CadreTopic.unit("DB", "Văn phòng Huyện ủy Điện Biên", Level.DISTRICT, Bloc.PARTY, "Điện Biên",
                List.of(), LocalDate.of(2004, 1, 1));
        commune = CadreTopic.unit("DB", "Đảng ủy xã Thanh Hưng", Level.COMMUNE, Bloc.PARTY, "Thanh Hưng",
                List.of("Bí thư Đảng ủy"), LocalDate.of(2004, 1, 1));
    }

    @Test
    void an_office_proposes_a_rotation_of_a_cadre_registered_at_cadre_service_and_the_fact_is_stored_and_published() {
        String cadreId = known("Lò Văn Tuấn", LocalDate.of(1980, 3, 12));

        Http.Response response = propose(PROPOSAL.formatted(cadreId, district, commune), DIEN_BIEN);

        assertThat(response.status()).isEqualTo(201);
        String rotationId = response.body().get("rotationId").asText();
        assertThat(response.header("Location")).isEqualTo("/api/rotations/" + rotationId);
        EventEnvelope stored = StoredEvents.assertStoredAndPublished(log, Topics.ROTATION_EVENTS, rotationId,
                "rotation.RotationProposed.v2", "DB", LocalDate.of(2014, 6, 15));
        assertThat(stored.payload()).contains(cadreId).contains("\"movement\":\"DOWNWARD\"")
                .contains("IN_SUCCESSION_PLAN");
    }

    @Test
    void a_rotation_of_a_cadre_never_registered_is_not_found() {
        Http.Response response = propose(PROPOSAL.formatted("never-registered", district, commune), DIEN_BIEN);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("resource").asText()).isEqualTo("cadre");
    }

    @Test
    void a_retired_or_dead_cadre_is_not_rotated() {
        CadreRecord retired = CadreTopic.registered("DB", "Lò Văn Hưu", Gender.MALE, LocalDate.of(1960, 1, 1), "Xã A")
                .retired(LocalDate.of(2013, 1, 1));
        CadreRecord dead = CadreTopic.registered("DB", "Lò Văn Mất", Gender.MALE, LocalDate.of(1975, 1, 1), "Xã A")
                .died(LocalDate.of(2014, 2, 1));
        awaitKnown(retired.id(), district, commune);
        await().atMost(CONSUMED_WITHIN).until(() -> cadres.get(retired.id()).retiredOn() != null
                && cadres.find(dead.id()).map(c -> c.diedOn() != null).orElse(false));

        Http.Response toRetired = propose(PROPOSAL.formatted(retired.id(), district, commune), DIEN_BIEN);
        Http.Response toDead = propose(PROPOSAL.formatted(dead.id(), district, commune), DIEN_BIEN);

        assertThat(toRetired.status()).isEqualTo(409);
        assertThat(toRetired.body().get("code").asText()).isEqualTo("cadre-retired");
        assertThat(toDead.status()).isEqualTo(409);
        assertThat(toDead.body().get("code").asText()).isEqualTo("cadre-deceased");
    }

    @Test
    void without_a_token_nothing_is_proposed() {
        assertThat(http().post("/api/rotations", null, PROPOSAL.formatted("any", district, commune)).status())
                .isEqualTo(401);
    }

    @Test
    void an_office_may_not_propose_rotating_a_cadre_of_another_province_nor_an_auditor_any() {
        String cadreId = known("Quàng Văn Minh", LocalDate.of(1980, 3, 12));

        Http.Response langSon = propose(PROPOSAL.formatted(cadreId, district, commune), TestTokens.office("LS"));
        Http.Response auditor = propose(PROPOSAL.formatted(cadreId, district, commune), TestTokens.auditor());

        assertThat(langSon.status()).isEqualTo(403);
        assertThat(langSon.body().get("detail").asText()).contains("LS").contains("DB");
        assertThat(auditor.status()).isEqualTo(403);
    }

    @Test
    void the_proposal_is_dated_today_in_vietnam_unless_the_office_dates_it() {
        String cadreId = known("Lường Văn Nay", LocalDate.of(1980, 3, 12));

        Http.Response response = propose(PROPOSAL.formatted(cadreId, district, commune)
                .replace(", \"effectiveDate\": \"2014-06-15\"", ""), DIEN_BIEN);

        assertThat(response.status()).isEqualTo(201);
        assertThat(log.readAggregate(response.body().get("rotationId").asText(), 0).getFirst().effectiveDate())
                .isEqualTo(LocalDate.now(EnvelopeMessages.VIETNAM));
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_stores_nothing() {
        String cadreId = known("Lường Thị Hoa", LocalDate.of(1980, 3, 12));
        long stored = log.headIndex();

        assertThat(fieldAtFault(PROPOSAL.formatted(cadreId, district, commune).replace("2017-06-30", "2013-07-01")))
                .isEqualTo("plannedEnd");
        assertThat(fieldAtFault(PROPOSAL.formatted(cadreId, district, district))).isEqualTo("to.unitId");
        assertThat(fieldAtFault(PROPOSAL.formatted(cadreId, district, "no-such-unit"))).isEqualTo("to.unitId");
        assertThat(fieldAtFault(PROPOSAL.formatted(cadreId, district, commune).replace("Phó Bí thư Thường trực Đảng ủy xã",
                " "))).isEqualTo("to.post");
        assertThat(fieldAtFault(PROPOSAL.formatted(cadreId, district, commune).replace("\"effectiveDate\"",
                "\"overrides\": [{\"rule\": \"MINIMUM_TERM\", \"reason\": \"\"}], \"effectiveDate\"")))
                .isEqualTo("overrides[0].reason");
        assertThat(fieldAtFault(PROPOSAL.formatted(cadreId, district, commune).replace("2014-06-15", "2099-01-01")))
                .isEqualTo("effectiveDate");
        assertThat(log.headIndex()).isEqualTo(stored);
    }

    @Test
    void a_broken_rule_is_refused_with_the_rules_named_and_an_override_by_the_office_records_it() {
        String cadreId = known("Vừ A Dính", LocalDate.of(1956, 3, 12));
        String tooOld = PROPOSAL.formatted(cadreId, district, commune);

        Http.Response refused = propose(tooOld, DIEN_BIEN);
        Http.Response overridden = propose(tooOld.replace("\"effectiveDate\"", """
                "overrides": [{"rule": "WORKING_LIFE_LEFT", "reason": "Ban Thường vụ quyết định trường hợp đặc biệt"}],
                "effectiveDate\""""), DIEN_BIEN);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("code").asText()).isEqualTo("rotation-rule-refused");
        assertThat(refused.body().get("rules").get(0).asText()).isEqualTo("WORKING_LIFE_LEFT");
        assertThat(overridden.status()).isEqualTo(201);
        JsonNode flag = rotation(overridden.body().get("rotationId").asText()).get("flags").get(1).get("flag");
        assertThat(flag.get("rule").asText()).isEqualTo("WORKING_LIFE_LEFT");
        assertThat(flag.get("overridden").asBoolean()).isTrue();
        assertThat(flag.get("overriddenBy").asText()).isEqualTo("office-DB");
        assertThat(flag.get("overrideReason").asText()).isEqualTo("Ban Thường vụ quyết định trường hợp đặc biệt");
    }

    @Test
    void a_registration_delivered_twice_is_known_once() {
        String cadreId = UUID.randomUUID().toString();
        EventEnvelope registered = TopicWriter.firstEventOf("Cadre", cadreId, new CadreRegistered(cadreId,
                "Trần Thị Bình", Gender.FEMALE, LocalDate.of(1980, 3, 12), ProvinceCode.of("HN"),
                LocalDate.of(2014, 1, 1), null, null, null, null, null, null, null));
        int partition = TopicWriter.publish(Topics.CADRE_EVENTS, registered);
        TopicWriter.publish(Topics.CADRE_EVENTS, registered, partition);
        CadreRecord later = CadreTopic.registered("HN", "Lê Văn Cường", Gender.MALE, LocalDate.of(1980, 1, 1), "Xã B");

        await().atMost(CONSUMED_WITHIN).until(() -> cadres.find(later.id()).isPresent()
                && cadres.find(registered.aggregateId()).isPresent());

        assertThat(database.getCollection(KnownCadres.COLLECTION).countDocuments(eq("_id", registered.aggregateId())))
                .isOne();
        assertThat(cadres.get(registered.aggregateId()).fullName()).isEqualTo("Trần Thị Bình");
    }

    @Test
    void a_district_key_post_for_a_native_of_one_of_its_communes_is_flagged_as_the_unit_tree_says() {
        String districtCommittee = CadreTopic.unit("DB", "Huyện ủy Mường Ảng", Level.DISTRICT, Bloc.PARTY,
                "Mường Ảng", List.of("Bí thư Huyện ủy"), LocalDate.of(2007, 1, 1));
        String angNua = CadreTopic.unit("DB", "Đảng ủy xã Ẳng Nưa", Level.COMMUNE, Bloc.PARTY, "Ẳng Nưa",
                districtCommittee, List.of("Bí thư Đảng ủy"), LocalDate.of(2007, 1, 1));
        String cadreId = CadreTopic.registered("DB", "Lò Văn Ẳng", Gender.MALE, LocalDate.of(1978, 2, 1),
                "Xã Ẳng Nưa").planned(districtCommittee, "Bí thư Huyện ủy", Level.DISTRICT, LocalDate.of(2013, 1, 1))
                .id();
        awaitKnown(cadreId, commune, districtCommittee, angNua);

        Http.Response response = propose("""
                {"cadreId": "%s", "from": {"unitId": "%s", "post": "Bí thư Đảng ủy"},
                 "to": {"unitId": "%s", "post": "Bí thư Huyện ủy Mường Ảng"},
                 "plannedStart": "2014-07-01", "plannedEnd": "2017-06-30", "effectiveDate": "2014-06-15"}"""
                .formatted(cadreId, commune, districtCommittee), DIEN_BIEN);

        assertThat(response.status()).as("%s", response.body()).isEqualTo(201);
        List<String> flags = new ArrayList<>();
        rotation(response.body().get("rotationId").asText()).get("flags").forEach(recorded -> flags.add(
                recorded.get("flag").get("rule").asText() + ": " + recorded.get("flag").get("detail").asText()));
        assertThat(flags).anyMatch(flag -> flag.startsWith("NON_LOCAL_KEY_POST")
                && flag.endsWith("is a native of Xã Ẳng Nưa, a commune of Mường Ảng"));
    }

    private String known(String fullName, LocalDate birthDate) {
        String cadreId = CadreTopic.registered("DB", fullName, Gender.MALE, birthDate, "Xã Thanh Xương").id();
        awaitKnown(cadreId, district, commune);
        return cadreId;
    }

    private String fieldAtFault(String json) {
        Http.Response response = propose(json, DIEN_BIEN);
        assertThat(response.status()).as("%s", response.body()).isEqualTo(400);
        return response.body().get("errors").get(0).get("field").asText();
    }

    private Http.Response propose(String json, String token) {
        return post("/api/rotations", token, json);
    }
}
