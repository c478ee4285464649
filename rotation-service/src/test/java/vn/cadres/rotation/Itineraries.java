package vn.cadres.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.platform.testing.CadreTopic;
import vn.cadres.platform.testing.Http;

/**
 * A cadre of Điện Biên known to rotation-service with two units to move between, and the HTTP calls
 * that take a rotation of theirs through its lifecycle.
 */
public final class Itineraries {

    private final RotationHttpTest test;
    private final String cadreId;
    private final String district;
    private final String commune;

    private Itineraries(RotationHttpTest test, String cadreId, String district, String commune) {
        this.test = test;
        this.cadreId = cadreId;
        this.district = district;
        this.commune = commune;
    }

    /** A new cadre born in 1980, planned, with a district and a commune unit, all read from the topic. */
    public static Itineraries forNewCadre(RotationHttpTest test, String fullName) {
        String district = CadreTopic.unit("DB", "Văn phòng Huyện ủy Điện Biên", Level.DISTRICT, Bloc.PARTY,
                "Điện Biên", List.of(), LocalDate.of(2004, 1, 1));
        String commune = CadreTopic.unit("DB", "Đảng ủy xã Thanh Hưng", Level.COMMUNE, Bloc.PARTY, "Thanh Hưng",
                List.of(), LocalDate.of(2004, 1, 1));
        String cadreId = CadreTopic.registered("DB", fullName, Gender.MALE, LocalDate.of(1980, 1, 1), "Xã Thanh Xương")
                .planned(commune, "Bí thư Đảng ủy", Level.COMMUNE, LocalDate.of(2013, 1, 1)).id();
        test.awaitKnown(cadreId, district, commune);
        return new Itineraries(test, cadreId, district, commune);
    }

    public String cadreId() {
        return cadreId;
    }

    /** Proposes a rotation from the district to the commune for the planned term; returns its id. */
    public String proposed(String plannedStart, String plannedEnd) {
        Http.Response response = test.post("/api/rotations", RotationHttpTest.DIEN_BIEN, """
                {"cadreId": "%s", "from": {"unitId": "%s", "post": "Chuyên viên"},
                 "to": {"unitId": "%s", "post": "Phó Chủ tịch UBND xã"},
                 "plannedStart": "%s", "plannedEnd": "%s", "effectiveDate": "2014-06-01"}"""
                .formatted(cadreId, district, commune, plannedStart, plannedEnd));
        assertThat(response.status()).as("%s", response.body()).isEqualTo(201);
        return response.body().get("rotationId").asText();
    }

    /** Proposes, decides and starts a rotation on its planned start; returns its id. */
    public String started(String plannedStart, String plannedEnd) {
        String rotationId = proposed(plannedStart, plannedEnd);
        expect(204, rotationId, "approval", """
                {"decision": {"number": "1-QĐ/HU", "date": "2014-06-20", "issuingBody": "Huyện ủy Điện Biên"}}""");
        expect(204, rotationId, "start", """
                {"startDate": "%s"}""".formatted(plannedStart));
        return rotationId;
    }

    /** Sends {@code json} to {@code /api/rotations/{id}/{action}} as the Điện Biên office and checks the status. */
    public Http.Response expect(int status, String rotationId, String action, String json) {
        Http.Response response = test.post("/api/rotations/" + rotationId + "/" + action, RotationHttpTest.DIEN_BIEN,
                json);
        assertThat(response.status()).as("%s %s", action, response.body()).isEqualTo(status);
        return response;
    }
}
