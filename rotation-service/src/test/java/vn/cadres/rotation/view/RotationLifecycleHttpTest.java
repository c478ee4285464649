package vn.cadres.rotation.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.TestTokens;
import vn.cadres.rotation.Itineraries;
import vn.cadres.rotation.RotationHttpTest;

/** The lifecycle over HTTP: transitions, the 409 that names the current state, and who may read what. */
class RotationLifecycleHttpTest extends RotationHttpTest {

    @Test
    void an_illegal_transition_is_refused_with_the_current_state() {
        Itineraries cadre = Itineraries.forNewCadre(this, "Lò Văn Sai");
        String rotationId = cadre.proposed("2014-07-01", "2017-06-30");

        Http.Response start = cadre.expect(409, rotationId, "start", """
                {"startDate": "2014-07-01"}""");

        assertThat(start.body().get("code").asText()).isEqualTo("rotation-illegal-transition");
        assertThat(start.body().get("state").asText()).isEqualTo("PROPOSED");
    }

    @Test
    void a_cancelled_proposal_stays_on_record_as_cancelled() {
        Itineraries cadre = Itineraries.forNewCadre(this, "Lò Văn Hủy");
        String rotationId = cadre.proposed("2014-07-01", "2017-06-30");

        cadre.expect(204, rotationId, "cancellation", """
                {"reason": "Thay đổi phương án nhân sự", "effectiveDate": "2014-06-25"}""");
        cadre.expect(409, rotationId, "approval", """
                {"decision": {"number": "2-QĐ/HU", "date": "2014-06-26", "issuingBody": "Huyện ủy"}}""");

        JsonNode rotation = rotation(rotationId);
        assertThat(rotation.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(rotation.get("endReason").asText()).isEqualTo("Thay đổi phương án nhân sự");
        assertThat(rotation.get("rotatedCadre").asBoolean()).isFalse();
    }

    @Test
    void an_extension_moves_the_planned_end_and_a_completion_needs_the_new_one() {
        Itineraries cadre = Itineraries.forNewCadre(this, "Lò Văn Dài");
        String rotationId = cadre.started("2014-07-01", "2017-06-30");

        cadre.expect(204, rotationId, "extension", """
                {"plannedEnd": "2018-06-30", "reason": "Hoàn thành tiêu chí nông thôn mới",
                 "decision": {"number": "3-QĐ/HU", "date": "2017-05-02", "issuingBody": "Huyện ủy"}}""");
        Http.Response early = cadre.expect(409, rotationId, "completion", """
                {"endDate": "2017-06-30"}""");
        cadre.expect(204, rotationId, "completion", """
                {"endDate": "2018-06-30"}""");

        assertThat(early.body().get("code").asText()).isEqualTo("rotation-not-due");
        JsonNode rotation = rotation(rotationId);
        assertThat(rotation.get("plannedEnd").asText()).isEqualTo("2018-06-30");
        assertThat(rotation.get("termMonths").asInt()).isEqualTo(48);
    }

    @Test
    void an_unknown_rotation_is_not_found() {
        Http.Response response = post("/api/rotations/no-such-rotation/start", DIEN_BIEN, """
                {"startDate": "2014-07-01"}""");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("resource").asText()).isEqualTo("rotation");
    }

    @Test
    void only_the_office_of_the_cadres_province_decides_and_reads_its_rotations() {
        Itineraries cadre = Itineraries.forNewCadre(this, "Lò Văn Riêng");
        String rotationId = cadre.proposed("2014-07-01", "2017-06-30");
        String langSon = TestTokens.office("LS");

        assertThat(post("/api/rotations/" + rotationId + "/cancellation", langSon, """
                {"reason": "không phải của Lạng Sơn"}""").status()).isEqualTo(403);
        assertThat(post("/api/rotations/" + rotationId + "/cancellation", TestTokens.auditor(), """
                {"reason": "kiểm tra viên không ghi"}""").status()).isEqualTo(403);
        assertThat(http().get("/api/rotations/" + rotationId, langSon).status()).isEqualTo(403);
        assertThat(http().get("/api/rotations?province=DB", langSon).status()).isEqualTo(403);
        assertThat(http().get("/api/rotations/" + rotationId, DIEN_BIEN).status()).isEqualTo(200);
        assertThat(http().get("/api/rotations/" + rotationId, TestTokens.auditor()).status()).isEqualTo(200);
        assertThat(http().get("/api/rotations?cadreId=" + cadre.cadreId(), TestTokens.auditor()).status())
                .isEqualTo(200);
        assertThat(http().get("/api/rotations?cadreId=" + cadre.cadreId(), TestTokens.viewer()).status())
                .as("dashboards read the reports, not the records").isEqualTo(403);
    }

    @Test
    void a_list_needs_a_province_or_a_cadre_and_a_known_status() {
        Http.Response neither = http().get("/api/rotations", TestTokens.auditor());
        Http.Response badStatus = http().get("/api/rotations?province=DB&status=DONE", TestTokens.auditor());

        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.body().get("errors").get(0).get("field").asText()).isEqualTo("province");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.body().get("errors").get(0).get("field").asText()).isEqualTo("status");
    }
}
