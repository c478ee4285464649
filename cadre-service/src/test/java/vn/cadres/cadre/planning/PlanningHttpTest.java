package vn.cadres.cadre.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.cadres.cadre.CadreServiceApplication;
import vn.cadres.cadre.Establishments;
import vn.cadres.cadre.Registrations;
import vn.cadres.cadre.planning.age.ScheduledAgeReview;
import vn.cadres.cadre.planning.view.PlanningBoard;
import vn.cadres.contracts.planning.CadreRemovedFromPlan;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.commands.DailySweep;
import vn.cadres.platform.eventstore.EnvelopeMessages;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.RealPartsTest;
import vn.cadres.platform.testing.TestTokens;

/**
 * Succession planning over real HTTP: the per-post limit across cadres and the automatic drop-outs.
 * The daily age review runs here with a fixed clock of its own, called directly rather than waited
 * for, so the test neither sleeps nor moves the clock of the other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = CadreServiceApplication.CONFIG_NAME)
class PlanningHttpTest extends RealPartsTest {

    @Autowired
    private PlanningBoard board;
    @Autowired
    private CommandSender commands;
    @Autowired
    private EventStore events;

    private static final String SECRETARY = "Bí thư Đảng ủy";
    private static final String PLAN = """
            {"unitId": "%s", "post": "%s", "termStart": "2025-10-01", "termEnd": "2030-09-30",
             "effectiveDate": "2024-12-20"}""";

    private String unitOf(String province, String name) {
        return Establishments.established(http(), name, "COMMUNE", province, SECRETARY);
    }

    private Http.Response plan(String cadreId, String province, String unitId, String post) {
        return http().post("/api/cadres/" + cadreId + "/plans", TestTokens.office(province),
                PLAN.formatted(unitId, post));
    }

    private List<String> plannedFor(String unitId, String post) {
        JsonNode cadres = http().get("/api/planning?unitId=" + unitId + "&post="
                + URLEncoder.encode(post, StandardCharsets.UTF_8), TestTokens.auditor()).body().get("cadres");
        List<String> ids = new ArrayList<>();
        cadres.forEach(cadre -> ids.add(cadre.get("cadreId").asText()));
        return ids;
    }

    private List<String> planned(String province, String unitId, String... names) {
        List<String> cadreIds = new ArrayList<>();
        for (String name : names) {
            String cadreId = Registrations.registered(http(), name, province);
            assertThat(plan(cadreId, province, unitId, SECRETARY).status()).as("planning %s", name).isEqualTo(204);
            cadreIds.add(cadreId);
        }
        return cadreIds;
    }

    @Test
    void a_fourth_cadre_for_a_post_is_refused_until_a_place_comes_free() {
        String unitId = unitOf("HP", "Đảng bộ xã An Lão");
        List<String> three = planned("HP", unitId, "Phạm Văn Một", "Phạm Văn Hai", "Phạm Văn Ba");
        String fourth = Registrations.registered(http(), "Phạm Văn Bốn", "HP");

        Http.Response refused = plan(fourth, "HP", unitId, SECRETARY);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("code").asText()).isEqualTo("post-plan-full");
        assertThat(refused.body().get("post").asText()).isEqualTo(SECRETARY);
        assertThat(refused.body().get("plannedCadreIds").toString()).contains(three);

        assertThat(http().post("/api/cadres/" + three.getFirst() + "/plans/remove", TestTokens.office("HP"),
                "{\"unitId\": \"%s\", \"post\": \"%s\", \"reason\": \"chuyển công tác\"}"
                        .formatted(unitId, SECRETARY))
                .status()).isEqualTo(204);
        await().atMost(Registrations.PROJECTED_WITHIN)
                .until(() -> plan(fourth, "HP", unitId, SECRETARY).status() == 204);
        await().atMost(Registrations.PROJECTED_WITHIN).untilAsserted(() -> assertThat(plannedFor(unitId, SECRETARY))
                .containsExactlyInAnyOrder(three.get(1), three.get(2), fourth));
    }

    @Test
    void a_disciplined_cadre_drops_out_of_every_plan() {
        String angDuong = unitOf("HP", "Đảng bộ xã An Dương");
        String thuyNguyen = unitOf("HP", "Đảng bộ xã Thủy Nguyên");
        String cadreId = planned("HP", angDuong, "Vũ Văn Kỷ").getFirst();
        assertThat(plan(cadreId, "HP", thuyNguyen, SECRETARY).status()).isEqualTo(204);
        await().atMost(Registrations.PROJECTED_WITHIN)
                .until(() -> plannedFor(thuyNguyen, SECRETARY).contains(cadreId));

        assertThat(http().post("/api/cadres/" + cadreId + "/disciplines", TestTokens.office("HP"),
                "{\"measure\": \"REPRIMAND\", \"decisionNumber\": \"15-QĐ/TU\", \"effectiveDate\": \"2025-04-10\"}")
                .status()).isEqualTo(204);

        await().atMost(Registrations.PROJECTED_WITHIN).until(() -> plannedFor(angDuong, SECRETARY).isEmpty()
                && plannedFor(thuyNguyen, SECRETARY).isEmpty());
    }

    @Test
    void an_age_review_drops_the_cadres_past_the_planning_age() {
        String unitId = unitOf("CB", "Đảng bộ xã Hòa An");
        String cadreId = planned("CB", unitId, "Nông Văn Tuổi").getFirst();
        await().atMost(Registrations.PROJECTED_WITHIN).until(() -> plannedFor(unitId, SECRETARY).contains(cadreId));

        Http.Response review = http().post("/api/planning/age-review?province=CB&asOf=2031-04-03",
                TestTokens.office("CB"), "{}");

        assertThat(review.status()).isEqualTo(200);
        assertThat(review.body().get("removed").toString()).contains(cadreId);
        await().atMost(Registrations.PROJECTED_WITHIN).until(() -> plannedFor(unitId, SECRETARY).isEmpty());
    }

    @Test
    void the_daily_review_drops_a_cadre_once_they_pass_the_planning_age_as_the_system() {
        String unitId = unitOf("NB", "Đảng bộ xã Gia Viễn");
        String cadreId = Registrations.registered(http(), "Đinh Văn Hạn", "NB", "1970-06-15");
        assertThat(plan(cadreId, "NB", unitId, SECRETARY).status()).as("planned while 54").isEqualTo(204);
        await().atMost(Registrations.PROJECTED_WITHIN).until(() -> plannedFor(unitId, SECRETARY).contains(cadreId));

        assertThat(reviewOn("2026-06-14").changed()).as("still 55").doesNotContain(cadreId);
        DailySweep.Run run = reviewOn("2026-06-15");

        assertThat(run.changed()).contains(cadreId);
        DomainEventMessage<?> removal = events.readEvents(cadreId).asStream()
                .filter(event -> event.getPayload() instanceof CadreRemovedFromPlan).findFirst().orElseThrow();
        assertThat((CadreRemovedFromPlan) removal.getPayload()).satisfies(removed -> {
            assertThat(removed.automatic()).isTrue();
            assertThat(removed.reason()).isEqualTo("quá tuổi quy hoạch: 56 tuổi, tối đa 55");
            assertThat(removed.effectiveDate()).isEqualTo(LocalDate.of(2026, 6, 15));
        });
        assertThat(removal.getMetaData()).containsEntry(EnvelopeMessages.ACTOR, ScheduledAgeReview.ACTOR)
                .containsEntry(EnvelopeMessages.OFFICE, "NB")
                .containsEntry(EnvelopeMessages.CORRELATION_ID, run.correlationId());
        await().atMost(Registrations.PROJECTED_WITHIN).until(() -> plannedFor(unitId, SECRETARY).isEmpty());
    }

    /** The scheduled review as it runs when the clock, in Vietnam, reaches {@code date}. */
    private DailySweep.Run reviewOn(String date) {
        Clock clock = Clock.fixed(LocalDate.parse(date).atStartOfDay(EnvelopeMessages.VIETNAM).plusHours(1)
                .toInstant(), ZoneOffset.UTC);
        return new ScheduledAgeReview(board, commands, clock).review();
    }

    @Test
    void a_plan_names_a_known_unit() {
        String cadreId = Registrations.registered(http(), "Lê Văn Đâu", "HP");

        Http.Response response = plan(cadreId, "HP", "no-such-unit", SECRETARY);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().toString()).contains("unitId");
    }
}
