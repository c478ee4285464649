package vn.cadres.cadre.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.cadre.CadreServiceApplication;
import vn.cadres.cadre.Registrations;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.TestTokens;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = CadreServiceApplication.CONFIG_NAME)
class AppointCadreHttpTest extends RealPartsTest {

    private static final String HA_NOI = TestTokens.office("HN");
    private static final String COMMUNE = """
            {"name": "%s", "level": "COMMUNE", "bloc": "PARTY", "province": "%s", "locality": "%s",
             "keyPosts": ["Bí thư Đảng ủy"], "effectiveDate": "2025-07-01"}""";
    private static final String APPOINTMENT = """
            {"unitId": "%s", "post": "Bí thư Đảng ủy", "effectiveDate": "2025-08-01",
             "decision": {"number": "15-QĐ/TU", "date": "2025-07-25", "issuingBody": "Ban Thường vụ Thành ủy"}}""";

    /**
     * A form that registers a cadre and then appoints them, or establishes a unit and then appoints
     * someone to it, sends the second request the moment the first answers: the id it was given must
     * work at once, however far behind the read models are.
     */
    @Test
    void an_id_just_given_by_a_registration_or_an_establishment_can_be_used_at_once() {
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String unitId = created(http().post("/api/units", HA_NOI,
                    COMMUNE.formatted("Đảng ủy phường Số " + i, "HN", "Phường Số " + i)), "unitId");
            String cadreId = created(http().post("/api/cadres", HA_NOI,
                    Registrations.of("Nguyễn Văn Liền " + i, "HN", "1980-01-01")), "cadreId");

            Http.Response appointed = http().post("/api/cadres/" + cadreId + "/appointments", HA_NOI,
                    APPOINTMENT.formatted(unitId));
            Http.Response qualified = http().post("/api/cadres/" + cadreId + "/qualifications", HA_NOI, """
                    {"kind": "PROFESSIONAL", "level": "MASTER", "institution": "Đại học Luật Hà Nội",
                     "effectiveDate": "2020-06-30"}""");
            if (appointed.status() != 204 || qualified.status() != 204) {
                refused.add(i + ": appointment " + appointed.status() + " " + appointed.body() + ", qualification "
                        + qualified.status());
            }
        }
        assertThat(refused).isEmpty();
    }

    private static String created(Http.Response response, String idField) {
        assertThat(response.status()).as("%s", response.body()).isEqualTo(201);
        return response.body().get(idField).asText();
    }

    @Test
    void a_move_to_another_provinces_unit_is_refused_as_a_transfer_not_an_appointment() {
        String langSonUnit = created(http().post("/api/units", TestTokens.office("LS"),
                COMMUNE.formatted("Đảng ủy phường Lương Văn Tri", "LS", "Phường Lương Văn Tri")), "unitId");
        String cadreId = created(http().post("/api/cadres", HA_NOI,
                Registrations.of("Trần Văn Chuyển", "HN", "1980-01-01")), "cadreId");

        Http.Response response = http().post("/api/cadres/" + cadreId + "/appointments", HA_NOI,
                APPOINTMENT.formatted(langSonUnit));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().get("type").asText()).isEqualTo("https://cadres.vn/problems/rule-violation");
        assertThat(response.body().get("code").asText()).isEqualTo("appointment-in-another-province");
        assertThat(response.body().get("unitProvince").asText()).isEqualTo("LS");
    }
}
