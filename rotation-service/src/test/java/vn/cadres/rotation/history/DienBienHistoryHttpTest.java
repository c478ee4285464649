package vn.cadres.rotation.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.Topics;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.platform.eventstore.EventCodec;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.eventstore.HashChain;
import vn.cadres.platform.kafka.EnvelopeJson;
import vn.cadres.platform.testing.CadreTopic;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.KafkaBroker;
import vn.cadres.rotation.RotationHttpTest;

/**
 * Requirement 8 over real HTTP: Đặng Quốc Hương's two consecutive rotations, back-filled in 2026 by
 * the Điện Biên office. July 2014, deputy chief of the district Party office down to standing deputy
 * secretary of Thanh Hưng commune; September 2015, after 14 months, on to Party secretary of Nà
 * Tấu commune, his home commune in this test, for a full term; then promoted.
 */
class DienBienHistoryHttpTest extends RotationHttpTest {

    private static final String PROPOSAL = """
            {"cadreId": "%s", "from": {"unitId": "%s", "post": "%s"}, "to": {"unitId": "%s", "post": "%s"},
             "plannedStart": "%s", "plannedEnd": "%s", "reasons": "Đào tạo, thử thách qua thực tiễn cơ sở",
             "effectiveDate": "%s"}""";
    private static final String DECISION = """
            {"decision": {"number": "%s", "date": "%s", "issuingBody": "Ban Thường vụ Huyện ủy Điện Biên"}}""";

    @Autowired
    EventLog log;
    @Autowired
    EventCodec codec;

    private record World(String cadreId, String districtOffice, String thanhHung, String naTau) {
    }

    @Test
    void two_consecutive_rotations_show_their_directions_terms_and_flags() {
        World world = dienBien();

        String first = propose(world.cadreId(), world.districtOffice(), "Phó Chánh Văn phòng Huyện ủy",
                world.thanhHung(), "Phó Bí thư Thường trực Đảng ủy xã", "2014-07-01", "2017-06-30", "2014-06-15");
        decide(first, "125-QĐ/HU", "2014-06-20");
        assertThat(post("/api/rotations/" + first + "/start", DIEN_BIEN, """
                {"startDate": "2014-07-01"}""").status()).isEqualTo(204);
        assertThat(post("/api/rotations/" + first + "/early-end", DIEN_BIEN, """
                {"endDate": "2015-09-14", "reason": "Luân chuyển giữ chức Bí thư Đảng ủy xã Nà Tấu",
                 "decision": {"number": "310-QĐ/HU", "date": "2015-09-10",
                              "issuingBody": "Ban Thường vụ Huyện ủy Điện Biên"}}""").status()).isEqualTo(204);

        String second = propose(world.cadreId(), world.thanhHung(), "Phó Bí thư Thường trực Đảng ủy xã",
                world.naTau(), "Bí thư Đảng ủy xã Nà Tấu", "2015-09-15", "2020-09-14", "2015-09-01");
        decide(second, "311-QĐ/HU", "2015-09-10");
        assertThat(post("/api/rotations/" + second + "/start", DIEN_BIEN, """
                {"startDate": "2015-09-15"}""").status()).isEqualTo(204);
        assertThat(post("/api/rotations/" + second + "/completion", DIEN_BIEN, """
                {"endDate": "2020-09-14"}""").status()).isEqualTo(204);
        assertThat(post("/api/rotations/" + second + "/placement", DIEN_BIEN, """
                {"outcome": "PROMOTED", "placedAt": {"unitId": "%s", "post": "Chánh Văn phòng Huyện ủy"},
                 "effectiveDate": "2020-10-01",
                 "decision": {"number": "402-QĐ/HU", "date": "2020-09-25",
                              "issuingBody": "Ban Thường vụ Huyện ủy Điện Biên"}}""".formatted(world.districtOffice()))
                .status()).isEqualTo(204);

        JsonNode down = rotation(first);
        assertThat(down.get("cadre").get("fullName").asText()).isEqualTo("Đặng Quốc Hương");
        assertThat(down.get("from").get("unitName").asText()).isEqualTo("Văn phòng Huyện ủy Điện Biên");
        assertThat(down.get("to").get("unitName").asText()).isEqualTo("Đảng ủy xã Thanh Hưng");
        assertThat(down.get("direction").get("movement").asText()).isEqualTo("DOWNWARD");
        assertThat(down.get("direction").get("crossesBlocs").asBoolean()).isFalse();
        assertThat(down.get("plannedTermMonths").asInt()).isEqualTo(36);
        assertThat(down.get("termMonths").asInt()).isEqualTo(14);
        assertThat(down.get("status").asText()).isEqualTo("ENDED_EARLY");
        assertThat(rules(down)).containsExactly("ENDED_EARLY");
        assertThat(types(down)).containsExactly("rotation.RotationProposed", "rotation.RotationApproved",
                "rotation.CadreRotated", "rotation.RotationEndedEarly");
        JsonNode started = down.get("timeline").get(2);
        assertThat(started.get("effectiveDate").asText()).isEqualTo("2014-07-01");
        assertThat(started.get("office").asText()).isEqualTo("DB");
        assertThat(started.get("actor").asText()).isEqualTo("office-DB");
        assertThat(started.get("recordedAt").asText()).startsWith(String.valueOf(LocalDate.now().getYear()));
        assertThat(down.get("approval").get("number").asText()).isEqualTo("125-QĐ/HU");

        JsonNode across = rotation(second);
        assertThat(across.get("direction").get("movement").asText()).isEqualTo("BETWEEN_LOCALITIES");
        assertThat(across.get("termMonths").asInt()).isEqualTo(60);
        assertThat(across.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(rules(across)).containsExactly("NON_LOCAL_KEY_POST");
        assertThat(across.get("flags").get(0).get("flag").get("detail").asText()).contains("native of Nà Tấu");
        assertThat(across.get("placement").get("outcome").asText()).isEqualTo("PROMOTED");
        assertThat(across.get("rotatedCadre").asBoolean()).isTrue();

        JsonNode careers = awaitList("/api/rotations?cadreId=" + world.cadreId(),
                list -> list.size() == 2 && list.get(1).has("placement"));
        assertThat(careers.get(0).get("rotationId").asText()).isEqualTo(first);
        assertThat(careers.get(1).get("rotationId").asText()).isEqualTo(second);
        assertThat(awaitList("/api/rotations?province=DB&status=ENDED_EARLY", list -> contains(list, first)).size())
                .isPositive();

        assertPublishedAsStored(first, "rotation.CadreRotated");
    }

    private World dienBien() {
        String district = CadreTopic.unit("DB", "Văn phòng Huyện ủy Điện Biên", Level.DISTRICT, Bloc.PARTY,
                "Điện Biên", List.of("Chánh Văn phòng Huyện ủy"), LocalDate.of(2004, 1, 1));
        String thanhHung = CadreTopic.unit("DB", "Đảng ủy xã Thanh Hưng", Level.COMMUNE, Bloc.PARTY, "Thanh Hưng",
                List.of("Bí thư Đảng ủy", "Phó Bí thư Thường trực Đảng ủy"), LocalDate.of(2004, 1, 1));
        String naTau = CadreTopic.unit("DB", "Đảng ủy xã Nà Tấu", Level.COMMUNE, Bloc.PARTY, "Nà Tấu",
                List.of("Bí thư Đảng ủy"), LocalDate.of(2004, 1, 1));
        String cadreId = CadreTopic.registered("DB", "Đặng Quốc Hương", Gender.MALE, LocalDate.of(1979, 5, 2),
                        "Xã Nà Tấu")
                .planned(naTau, "Bí thư Đảng ủy", Level.COMMUNE, LocalDate.of(2013, 12, 20)).id();
        awaitKnown(cadreId, district, thanhHung, naTau);
        await().atMost(CONSUMED_WITHIN)
                .until(() -> !cadres.get(cadreId).plans().isEmpty());
        return new World(cadreId, district, thanhHung, naTau);
    }

    private String propose(String cadreId, String fromUnit, String fromPost, String toUnit, String toPost,
                           String start, String end, String proposedOn) {
        Http.Response response = post("/api/rotations", DIEN_BIEN, PROPOSAL.formatted(cadreId, fromUnit, fromPost,
                toUnit, toPost, start, end, proposedOn));
        assertThat(response.status()).as("%s", response.body()).isEqualTo(201);
        return response.body().get("rotationId").asText();
    }

    private void decide(String rotationId, String number, String date) {
        Http.Response response = post("/api/rotations/" + rotationId + "/approval", DIEN_BIEN,
                DECISION.formatted(number, date));
        assertThat(response.status()).as("%s", response.body()).isEqualTo(204);
    }

    private void assertPublishedAsStored(String rotationId, String type) {
        EventEnvelope stored = log.readAggregate(rotationId, 0).stream().filter(e -> e.type().equals(type))
                .findFirst().orElseThrow();
        assertThat(stored.effectiveDate()).isEqualTo(LocalDate.of(2014, 7, 1));
        assertThat(stored.correlationId()).isNotBlank();
        EnvelopeJson json = new EnvelopeJson(codec.mapper());
        List<EventEnvelope> published = await().atMost(CONSUMED_WITHIN).until(() -> KafkaBroker.shared()
                .readAll(Topics.ROTATION_EVENTS, 1, Duration.ofSeconds(10)).stream()
                .filter(r -> r.key().equals(rotationId)).map(r -> json.read(r.value()))
                .filter(e -> e.type().equals(type)).toList(), events -> !events.isEmpty());
        assertThat(published).containsExactly(stored);
        assertThat(HashChain.isIntact(stored, log.readAggregate(rotationId, 0).get((int) stored.sequence() - 1).hash()))
                .isTrue();
    }

    private static List<String> rules(JsonNode rotation) {
        List<String> rules = new ArrayList<>();
        rotation.get("flags").forEach(flag -> rules.add(flag.get("flag").get("rule").asText()));
        return rules;
    }

    private static List<String> types(JsonNode rotation) {
        List<String> types = new ArrayList<>();
        rotation.get("timeline").forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }
}
