package vn.cadres.cadre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.TestTokens;

/** Cadres registered over HTTP, as the tests of later use cases need them. */
public final class Registrations {

    /** The longest a read model may take to show what was stored. */
    public static final Duration PROJECTED_WITHIN = Duration.ofSeconds(15);

    private Registrations() {
    }

    /** A complete registration request of a Party member from Hà Nội. */
    public static String of(String fullName, String province, String birthDate) {
        return """
                {"fullName": "%s", "gender": "MALE", "birthDate": "%s", "managingProvince": "%s",
                 "effectiveDate": "2014-07-01", "homeProvince": "HN", "homeCommune": "Phường Ba Đình",
                 "ethnicity": "Kinh", "professionalEducation": "BACHELOR", "politicalTheory": "INTERMEDIATE",
                 "partyEntryDate": "2000-05-19", "managementScope": "Ban Thường vụ Thành ủy Hà Nội"}"""
                .formatted(fullName, birthDate, province);
    }

    /** Registers a cadre by the office of their province and waits until their profile can be read. */
    public static String registered(Http http, String fullName, String province) {
        return registered(http, fullName, province, "1975-04-02");
    }

    /** As {@link #registered(Http, String, String)}, for a cadre born on {@code birthDate}. */
    public static String registered(Http http, String fullName, String province, String birthDate) {
        Http.Response response = http.post("/api/cadres", TestTokens.office(province),
                of(fullName, province, birthDate));
        assertThat(response.status()).as("registration of %s", fullName).isEqualTo(201);
        String cadreId = response.body().get("cadreId").asText();
        await().atMost(PROJECTED_WITHIN).until(
                () -> http.get("/api/cadres/" + cadreId, TestTokens.auditor()).status() == 200);
        return cadreId;
    }
}
