package vn.cadres.cadre.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.cadre.CadreServiceApplication;
import vn.cadres.cadre.Registrations;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.TestTokens;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = CadreServiceApplication.CONFIG_NAME)
class SearchCadresHttpTest extends RealPartsTest {

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
    void a_province_is_listed_by_name() {
        assertThat(names("?province=QN", TestTokens.viewer())).containsExactly("Đỗ Thị Đào", "Nguyễn Văn Tìm");
    }
}
