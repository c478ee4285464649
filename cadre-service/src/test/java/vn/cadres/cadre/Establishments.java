package vn.cadres.cadre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.TestTokens;

/** Units established over HTTP, as the tests of cadres planned for or holding posts in them need them. */
public final class Establishments {

    private Establishments() {
    }

    /**
     * Establishes a Party unit of {@code level} on 1 July 2025 by the office of its province, with one
     * key post, and waits until it can be read.
     */
    public static String established(Http http, String name, String level, String province, String keyPost) {
        Http.Response established = http.post("/api/units", TestTokens.office(province), """
                {"name": "%s", "level": "%s", "bloc": "PARTY", "province": "%s", "locality": "%s",
                 "keyPosts": ["%s"], "effectiveDate": "2025-07-01"}"""
                .formatted(name, level, province, name, keyPost));
        assertThat(established.status()).as("establishing %s", name).isEqualTo(201);
        String unitId = established.body().get("unitId").asText();
        await().atMost(Registrations.PROJECTED_WITHIN)
                .until(() -> http.get("/api/units/" + unitId, TestTokens.auditor()).status() == 200);
        return unitId;
    }
}
