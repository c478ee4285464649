package vn.cadres.evaluation.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cadres.evaluation.EvaluationHttpTest;
import vn.cadres.evaluation.rotations.KnownRotations;
import vn.cadres.platform.eventstore.EventLog;
import vn.cadres.platform.testing.RotationTopic;

/**
 * Back-filled history arrives out of order: Đặng Quốc Hương's evaluations of 2013 to 2016 are entered
 * first, his 2014 and 2015 rotations after. Each evaluation's phase is then derived again, and the
 * change is an event of its own, by the system, never a silent rewrite.
 */
class PhaseRederivationHttpTest extends EvaluationHttpTest {

    @Autowired
    EventLog log;
    @Autowired
    KnownRotations knownRotations;

    @Test
    void rotations_back_filled_after_the_evaluations_place_them_before_and_during_with_an_event_each() {
        String cadreId = knownCadre("Đặng Quốc Hương").id();
        String unit = newUnit();
        Map<Integer, String> years = new HashMap<>();
        for (int year = 2013; year <= 2016; year++) {
            years.put(year, recorded(cadreId, year, unit, "DECIDING_LEVEL", 18, 13, 46, 9));
        }
        assertThat(phaseOf(years.get(2014))).isEqualTo("NONE");

        RotationTopic thanhHung = RotationTopic.proposed(cadreId, LocalDate.of(2014, 7, 1), LocalDate.of(2017, 6, 30))
                .started(LocalDate.of(2014, 7, 1), LocalDate.of(2017, 6, 30))
                .endedEarly(LocalDate.of(2015, 9, 14), 14);
        RotationTopic naTau = RotationTopic.proposed(cadreId, LocalDate.of(2015, 9, 15), LocalDate.of(2020, 9, 14))
                .started(LocalDate.of(2015, 9, 15), LocalDate.of(2020, 9, 14));

        JsonNode placed = awaitList("/api/evaluations?cadreId=" + cadreId,
                list -> list.size() == 4 && phases(list).getLast().equals("DURING " + naTau.id()));
        assertThat(phases(placed)).containsExactly("BEFORE " + thanhHung.id(), "DURING " + thanhHung.id(),
                "DURING " + naTau.id(), "DURING " + naTau.id());
        JsonNode changed = evaluation(years.get(2014)).get("timeline").get(1);
        assertThat(changed.get("type").asText()).isEqualTo("evaluation.EvaluationPhaseChanged");
        assertThat(changed.get("actor").asText()).isEqualTo(PhaseReview.ACTOR);
        assertThat(changed.get("details").get("previousPhase").asText()).isEqualTo("NONE");
        assertThat(awaitList("/api/evaluations?rotationId=" + naTau.id(), list -> list.size() == 2).size())
                .isEqualTo(2);
        assertThat(awaitList("/api/evaluations?cadreId=" + cadreId + "&phase=BEFORE", list -> list.size() == 1)
                .get(0).get("periodEnd").asText()).isEqualTo("2013-12-31");
    }

    @Test
    void a_rotation_cancelled_later_takes_its_evaluations_back_to_no_phase() {
        String cadreId = knownCadre("Lò Văn Hoãn").id();
        RotationTopic rotation = RotationTopic.proposed(cadreId, LocalDate.of(2016, 1, 1), LocalDate.of(2018, 12, 31));
        await().atMost(CONSUMED_WITHIN).until(() -> !knownRotations.ofCadre(cadreId).isEmpty());
        String evaluationId = recorded(cadreId, 2016, newUnit(), "DECIDING_LEVEL", 18, 13, 46, 9);
        assertThat(phaseOf(evaluationId)).isEqualTo("DURING");

        rotation.cancelled(LocalDate.of(2016, 2, 1));

        awaitList("/api/evaluations?cadreId=" + cadreId, list -> list.get(0).get("phase").asText().equals("NONE"));
        long changes = log.readAggregate(evaluationId, 0).stream()
                .filter(e -> e.type().equals("evaluation.EvaluationPhaseChanged")).count();
        assertThat(changes).isOne();
    }

    private String phaseOf(String evaluationId) {
        return evaluation(evaluationId).get("phase").asText();
    }

    private static List<String> phases(JsonNode list) {
        List<String> phases = new ArrayList<>();
        list.forEach(e -> phases.add(e.get("phase").asText() + " " + e.get("rotationId").asText()));
        return phases;
    }
}
