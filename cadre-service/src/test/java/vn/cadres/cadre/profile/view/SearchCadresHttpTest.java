package vn.cadres.cadre.profile.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.cadre.CadreServiceApplication;
import vn.cadres.cadre.Establishments;
import vn.cadres.cadre.Registrations;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.TestTokens;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = CadreServiceApplication.CONFIG_NAME)
class SearchCadresHttpTest extends RealPartsTest {

    private static final String CHIEF = "Chánh Văn phòng";
    /** An appointment or its end, in the unit given, by a decision of the provincial standing committee. */
    private static final String POST_DECISION = """
            {"unitId": "%s", "post": "Chánh Văn phòng", "effectiveDate": "%s",
             "decision": {"number": "12-QĐ/TU", "date": "2025-06-25", "issuingBody": "Ban Thường vụ Tỉnh ủy Ninh Bình"}}""";

    private static boolean registered;

    @BeforeEach
    void threeCadres() {
        if (!registered) {
            Registrations.registered(http(), "Nguyễn Văn Tìm", "QN");
            Registrations.registered(http(), "Đỗ Thị Đào", "QN");
            Registrations.registered(http(), "Nguyễn  Văn Tìm Thấy", "TQ");
            registered = true;
        }
    }

    private List<String> names(String query, String token) {
        List<String> names = new ArrayList<>();
        for (JsonNode cadre : http().get("/api/cadres" + query, token).body()) {
            names.add(cadre.get("fields").get("fullName").asText());
        }
        return names;
    }

    @Test
    void a_name_typed_without_diacritics_finds_the_cadre() {
        assertThat(names("?q=nguyen%20van%20tim", TestTokens.auditor()))
                .containsExactly("Nguyễn Văn Tìm", "Nguyễn  Văn Tìm Thấy");
        assertThat(names("?q=DO%20THI%20DAO", TestTokens.auditor())).containsExactly("Đỗ Thị Đào");
    }

    @Test
    void an_office_searches_only_its_own_province() {
        assertThat(names("?q=nguyen%20van%20tim", TestTokens.office("QN"))).containsExactly("Nguyễn Văn Tìm");
        assertThat(http().get("/api/cadres?province=TQ", TestTokens.office("QN")).status()).isEqualTo(403);
    }

    @Test
    void personal_records_are_for_offices_and_auditors_not_dashboards_or_operations() {
        assertThat(http().get("/api/cadres?province=QN", TestTokens.viewer()).status()).isEqualTo(403);
        assertThat(http().get("/api/cadres", TestTokens.admin()).status()).isEqualTo(403);
    }

    @Test
    void a_province_is_listed_by_name() {
        assertThat(names("?province=QN", TestTokens.auditor())).containsExactly("Đỗ Thị Đào", "Nguyễn Văn Tìm");
    }

    @Test
    void cadres_are_listed_by_the_unit_or_the_level_where_they_hold_a_post() {
        String provinceOffice = Establishments.established(http(), "Văn phòng Tỉnh ủy Ninh Bình", "PROVINCE", "NB",
                CHIEF);
        String giaHung = Establishments.established(http(), "Đảng bộ xã Gia Hưng", "COMMUNE", "NB", CHIEF);
        String yenMo = Establishments.established(http(), "Đảng bộ xã Yên Mô", "COMMUNE", "NB", CHIEF);
        appointed("Trịnh Văn Xã", giaHung);
        appointed("Trịnh Văn Hai", yenMo);
        appointed("Trịnh Thị Tỉnh", provinceOffice);
        String former = appointed("Trịnh Văn Cũ", yenMo);
        assertThat(http().post("/api/cadres/" + former + "/appointments/end", TestTokens.office("NB"),
                POST_DECISION.formatted(yenMo, "2025-10-01")).status()).isEqualTo(204);

        await().atMost(Registrations.PROJECTED_WITHIN).untilAsserted(() ->
                assertThat(names("?level=COMMUNE&province=NB", TestTokens.auditor()))
                        .containsExactly("Trịnh Văn Hai", "Trịnh Văn Xã"));
        assertThat(names("?unitId=" + giaHung, TestTokens.auditor())).containsExactly("Trịnh Văn Xã");
        assertThat(names("?level=PROVINCE&province=NB", TestTokens.auditor())).containsExactly("Trịnh Thị Tỉnh");
        assertThat(names("?level=COMMUNE&q=trinh%20van%20x", TestTokens.office("NB"))).containsExactly("Trịnh Văn Xã");
        assertThat(names("?unitId=" + giaHung + "&level=PROVINCE", TestTokens.auditor())).isEmpty();
        assertThat(names("?unitId=" + giaHung, TestTokens.office("QN"))).isEmpty();
        assertThat(http().get("/api/cadres?level=COMMUNE&province=NB", TestTokens.office("QN")).status())
                .isEqualTo(403);
    }

    private String appointed(String fullName, String unitId) {
        String cadreId = Registrations.registered(http(), fullName, "NB");
        assertThat(http().post("/api/cadres/" + cadreId + "/appointments", TestTokens.office("NB"),
                POST_DECISION.formatted(unitId, "2025-07-01")).status()).as("appointing %s", fullName).isEqualTo(204);
        return cadreId;
    }
}
