package vn.cadres.rotation.history;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cadres.platform.history.BundleVerifier;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.TestTokens;
import vn.cadres.rotation.Itineraries;
import vn.cadres.rotation.RotationHttpTest;

/**
 * What auditors (inspection commissions) read, over real HTTP: a rotation as it stood on a date and
 * as the records said at a time; the store paged and streamed; who may read what; tampering found;
 * a signed bundle that verifies offline.
 */
class AuditorsHttpTest extends RotationHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUDITOR = TestTokens.auditor();

    @Autowired
    MongoDatabase database;

    @Test
    void a_back_filled_rotation_as_it_stood_on_a_date_and_as_the_records_said_at_a_time() {
        Itineraries cadre = Itineraries.forNewCadre(this, "Lò Văn Sử");
        Instant beforeAnything = Instant.now();
        String rotationId = cadre.proposed("2014-07-01", "2017-06-30");
        cadre.expect(204, rotationId, "approval", """
                {"decision": {"number": "1-QĐ/HU", "date": "2014-06-20", "issuingBody": "Huyện ủy Điện Biên"}}""");
        Instant approvedButNotStarted = Instant.now();
        cadre.expect(204, rotationId, "start", """
                {"startDate": "2014-07-01"}""");

        assertThat(status(rotationId, "?asOf=2014-06-30")).isEqualTo("APPROVED");
        assertThat(status(rotationId, "?asOf=2014-07-01")).isEqualTo("ACTIVE");
        assertThat(status(rotationId, "?recordedAt=" + approvedButNotStarted)).isEqualTo("APPROVED");
        assertThat(status(rotationId, "")).isEqualTo("ACTIVE");
        assertThat(http().get("/api/rotations/" + rotationId + "?recordedAt=" + beforeAnything, AUDITOR).status())
                .as("the records said nothing of it then").isEqualTo(404);
        assertThat(http().get("/api/rotations/" + rotationId + "?asOf=2014-05-31", AUDITOR).status())
                .as("it was not yet proposed then").isEqualTo(404);
        JsonNode record = http().get("/api/history/records/" + rotationId + "?asOf=2014-06-30", AUDITOR).body();
        assertThat(record.size()).isEqualTo(2);
        assertThat(record.get(1).get("type").asText()).isEqualTo("rotation.RotationApproved");
        assertThat(record.get(1).get("payload").get("decision").get("number").asText()).isEqualTo("1-QĐ/HU");
    }

    @Test
    void auditors_read_every_province_offices_their_own_and_nobody_else_reads_the_history() {
        String rotationId = Itineraries.forNewCadre(this, "Lò Văn Quyền").proposed("2014-07-01", "2017-06-30");
        String path = "/api/history/records/" + rotationId;

        assertThat(http().get(path, AUDITOR).status()).isEqualTo(200);
        assertThat(http().get(path, DIEN_BIEN).status()).isEqualTo(200);
        assertThat(http().get(path, TestTokens.office("LS")).status()).isEqualTo(403);
        assertThat(http().get(path, TestTokens.viewer()).status()).isEqualTo(403);
        assertThat(http().get(path, TestTokens.admin()).status()).isEqualTo(403);
        assertThat(http().get("/api/history/events?province=DB", TestTokens.office("LS")).status()).isEqualTo(403);
        assertThat(offices(http().get("/api/history/events?limit=1000", TestTokens.office("LS")).body()))
                .as("an office without a province filter reads its own").doesNotContain("DB");
        assertThat(post("/api/rotations/" + rotationId + "/cancellation", AUDITOR, """
                {"reason": "kiểm tra"}""").status()).as("auditors write nothing").isEqualTo(403);
    }

    @Test
    void the_store_is_paged_in_global_order_and_streamed_whole_as_ndjson() throws IOException {
        Itineraries cadre = Itineraries.forNewCadre(this, "Lò Văn Trang");
        String rotationId = cadre.started("2014-07-01", "2017-06-30");

        List<JsonNode> rotated = new ArrayList<>();
        long previous = -1;
        String next = "0";
        while (next != null) {
            JsonNode page = http().get("/api/history/events?type=rotation.CadreRotated&province=DB&limit=2&from=" + next,
                    AUDITOR).body();
            for (JsonNode event : page.get("events")) {
                assertThat(event.get("globalIndex").asLong()).isGreaterThan(previous);
                previous = event.get("globalIndex").asLong();
                rotated.add(event);
            }
            next = page.get("done").asBoolean() ? null : page.get("next").asText();
        }
        assertThat(rotated).extracting(e -> e.get("type").asText()).containsOnly("rotation.CadreRotated");
        assertThat(rotated).extracting(e -> e.get("aggregateId").asText()).contains(rotationId);

        Http.RawResponse stream = http().getRaw("/api/history/events/stream?province=DB", AUDITOR);
        assertThat(stream.status()).isEqualTo(200);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : new String(stream.body(), StandardCharsets.UTF_8).split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).extracting(e -> e.get("office").asText()).containsOnly("DB");
        assertThat(lines).filteredOn(e -> e.get("aggregateId").asText().equals(rotationId)).hasSize(3);
    }

    @Test
    void an_event_edited_in_mongodb_is_pinpointed_by_verification() {
        String rotationId = Itineraries.forNewCadre(this, "Lò Văn Sửa").started("2014-07-01", "2017-06-30");
        MongoCollection<Document> commits = database.getCollection("events");
        String approval = rotationId + "/1";
        String original = commits.find(eq("_id", approval)).first().getList("events", Document.class).getFirst()
                .getString("payload");

        assertThat(verification(AUDITOR).get("intact").asBoolean()).isTrue();
        commits.updateOne(eq("_id", approval), Updates.set("events.0.payload",
                original.replace("1-QĐ/HU", "9-QĐ/HU")));
        try {
            JsonNode report = verification(AUDITOR);
            assertThat(report.get("intact").asBoolean()).isFalse();
            assertThat(report.get("broken").get("recordId").asText()).isEqualTo(rotationId);
            assertThat(report.get("broken").get("sequence").asLong()).isEqualTo(1);
            assertThat(report.get("broken").get("type").asText()).isEqualTo("rotation.RotationApproved");
        } finally {
            commits.updateOne(eq("_id", approval), Updates.set("events.0.payload", original));
        }
        assertThat(verification(TestTokens.admin()).get("intact").asBoolean()).isTrue();
        assertThat(http().get("/api/history/verification", DIEN_BIEN).status()).isEqualTo(403);
    }

    @Test
    void an_auditor_downloads_a_signed_bundle_of_a_province_and_period_that_verifies_offline() throws IOException {
        String rotationId = Itineraries.forNewCadre(this, "Lò Văn Gói").started("2014-07-01", "2017-06-30");
        String fingerprint = http().get("/api/history/export/key", AUDITOR).body().get("sha256").asText();

        Http.RawResponse download = http().getRaw(
                "/api/history/export?province=DB&effectiveFrom=2014-01-01&effectiveTo=2014-12-31", AUDITOR);

        assertThat(download.status()).isEqualTo(200);
        Path bundle = Files.createTempFile("audit-DB-2014", ".zip");
        try {
            Files.write(bundle, download.body());
            BundleVerifier.Verdict verdict = BundleVerifier.verify(bundle, fingerprint);
            assertThat(verdict.problem()).isNull();
            assertThat(verdict.intact()).isTrue();
            assertThat(verdict.events()).isGreaterThanOrEqualTo(3);
            try (ZipFile zip = new ZipFile(bundle.toFile())) {
                assertThat(new String(zip.getInputStream(zip.getEntry("events.ndjson")).readAllBytes(),
                        StandardCharsets.UTF_8)).contains(rotationId).doesNotContain("\"office\":\"LS\"");
            }
        } finally {
            Files.deleteIfExists(bundle);
        }
        assertThat(http().getRaw("/api/history/export?province=DB", TestTokens.office("LS")).status()).isEqualTo(403);
    }

    private String status(String rotationId, String query) {
        Http.Response response = http().get("/api/rotations/" + rotationId + query, AUDITOR);
        assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
        return response.body().get("status").asText();
    }

    private JsonNode verification(String token) {
        Http.Response response = http().get("/api/history/verification", token);
        assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
        return response.body();
    }

    private static List<String> offices(JsonNode page) {
        List<String> offices = new ArrayList<>();
        page.get("events").forEach(e -> offices.add(e.get("office").asText()));
        return offices;
    }
}
