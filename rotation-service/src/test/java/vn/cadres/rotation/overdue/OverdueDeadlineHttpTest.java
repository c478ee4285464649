package vn.cadres.rotation.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.commands.DailySweep;
import vn.cadres.platform.eventstore.EnvelopeMessages;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.rotation.Itineraries;
import vn.cadres.rotation.RotationHttpTest;
import vn.cadres.rotation.view.Rotations;

/**
 * The daily overdue deadline over real parts, run with a test clock of its own, called rather than
 * waited for: no sleeps, and the clocks of other tests are left alone.
 */
class OverdueDeadlineHttpTest extends RotationHttpTest {

    @Autowired
    Rotations rotations;
    @Autowired
    CommandSender commands;
    @Autowired
    EventLog log;

    @Test
    void a_running_rotation_is_flagged_overdue_on_the_day_after_its_planned_end_and_only_then() {
        Itineraries cadre = Itineraries.forNewCadre(this, "Lò Văn Quá");
        String rotationId = cadre.started("2014-07-01", "2017-06-30");
        awaitList("/api/rotations?cadreId=" + cadre.cadreId(),
                list -> list.size() == 1 && list.get(0).get("status").asText().equals("ACTIVE"));

        DailySweep.Run lastDay = deadlineOn("2017-06-30");
        DailySweep.Run dayAfter = deadlineOn("2017-07-01");
        awaitList("/api/rotations?cadreId=" + cadre.cadreId(), list -> list.get(0).get("overdue").asBoolean());
        DailySweep.Run nextDay = deadlineOn("2017-07-02");

        assertThat(lastDay.changed()).doesNotContain(rotationId);
        assertThat(dayAfter.changed()).contains(rotationId);
        assertThat(nextDay.changed()).doesNotContain(rotationId);
        JsonNode rotation = rotation(rotationId);
        assertThat(rotation.get("overdue").asBoolean()).isTrue();
        assertThat(rotation.get("overdueSince").asText()).isEqualTo("2017-07-01");
        assertThat(rotation.get("flags").get(0).get("flag").get("rule").asText()).isEqualTo("OVERDUE");
        assertThat(log.readAggregate(rotationId, 0).getLast().actor()).isEqualTo(OverdueDeadline.ACTOR);
        assertThat(awaitList("/api/rotations?province=DB&status=OVERDUE", list -> contains(list, rotationId)))
                .isNotEmpty();
    }

    @Test
    void a_rotation_back_filled_as_running_past_its_planned_end_is_overdue_as_soon_as_it_is_entered() {
        Itineraries cadre = Itineraries.forNewCadre(this, "Lò Văn Muộn");
        String rotationId = cadre.started("2015-07-01", "2018-06-30");
        awaitList("/api/rotations?cadreId=" + cadre.cadreId(),
                list -> list.size() == 1 && list.get(0).get("status").asText().equals("ACTIVE"));

        JsonNode overdue = awaitList("/api/rotations?province=DB&status=OVERDUE", list -> true);
        assertThat(overdue.findValuesAsText("rotationId")).as("no daily sweep has run").contains(rotationId);
        JsonNode rotation = rotation(rotationId);
        assertThat(rotation.get("overdue").asBoolean()).isTrue();
        assertThat(rotation.get("overdueSince").asText()).as("the day after its planned end").isEqualTo("2018-07-01");
        assertThat(rotation.get("flags").findValuesAsText("rule")).as("only the sweep records the flag")
                .doesNotContain("OVERDUE");
    }

    @Test
    void a_completed_rotation_is_not_flagged() {
        Itineraries cadre = Itineraries.forNewCadre(this, "Lò Văn Đúng");
        String rotationId = cadre.started("2014-07-01", "2017-06-30");
        cadre.expect(204, rotationId, "completion", """
                {"endDate": "2017-06-30"}""");
        awaitList("/api/rotations?cadreId=" + cadre.cadreId(),
                list -> list.get(0).get("status").asText().equals("COMPLETED"));

        assertThat(deadlineOn("2017-07-01").changed()).doesNotContain(rotationId);
    }

    /** The deadline as it runs when the clock, in Vietnam, is five minutes past midnight on {@code date}. */
    private DailySweep.Run deadlineOn(String date) {
        Clock clock = Clock.fixed(LocalDate.parse(date).atStartOfDay(EnvelopeMessages.VIETNAM).plusMinutes(5)
                .toInstant(), ZoneOffset.UTC);
        return new OverdueDeadline(rotations, commands, clock).run();
    }
}
