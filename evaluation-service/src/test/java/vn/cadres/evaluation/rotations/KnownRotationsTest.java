package vn.cadres.evaluation.rotations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.Topics;
import vn.cadres.contracts.rotation.Direction;
import vn.cadres.contracts.rotation.Movement;
import vn.cadres.contracts.rotation.RotationKind;
import vn.cadres.contracts.rotation.RotationProposed;
import vn.cadres.contracts.rotation.UnitPost;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.evaluation.EvaluationServiceApplication;
import vn.cadres.platform.testing.EmbeddedParts;
import vn.cadres.platform.testing.TopicWriter;

@SpringBootTest(properties = EvaluationServiceApplication.CONFIG_NAME)
class KnownRotationsTest {

    private static final Duration CONSUMED_WITHIN = Duration.ofSeconds(15);
    private static final ProvinceCode DIEN_BIEN = ProvinceCode.of("DB");

    @DynamicPropertySource
    static void parts(DynamicPropertyRegistry registry) {
        EmbeddedParts.register(registry);
    }

    @Autowired
    KnownRotations rotations;

    @Test
    void a_rotation_proposed_at_rotation_service_becomes_known_with_its_planned_term() {
        String cadreId = UUID.randomUUID().toString();
        EventEnvelope proposed = proposal(cadreId, LocalDate.of(2014, 7, 1), LocalDate.of(2015, 9, 1));

        TopicWriter.publish(Topics.ROTATION_EVENTS, proposed);

        await().atMost(CONSUMED_WITHIN).until(() -> !rotations.ofCadre(cadreId).isEmpty());
        assertThat(rotations.ofCadre(cadreId)).containsExactly(new KnownRotation(proposed.aggregateId(), cadreId,
                DIEN_BIEN, LocalDate.of(2014, 7, 1), LocalDate.of(2015, 9, 1), false));
    }

    @Test
    void a_rotation_delivered_twice_is_known_once() {
        String cadreId = UUID.randomUUID().toString();
        EventEnvelope first = proposal(cadreId, LocalDate.of(2014, 7, 1), LocalDate.of(2015, 9, 1));
        EventEnvelope second = proposal(cadreId, LocalDate.of(2015, 9, 1), LocalDate.of(2018, 9, 1));
        int partition = TopicWriter.publish(Topics.ROTATION_EVENTS, first);
        TopicWriter.publish(Topics.ROTATION_EVENTS, first, partition);
        TopicWriter.publish(Topics.ROTATION_EVENTS, second, partition);

        await().atMost(CONSUMED_WITHIN).until(() -> rotations.ofCadre(cadreId).size() >= 2);

        assertThat(rotations.ofCadre(cadreId)).extracting(KnownRotation::rotationId)
                .containsExactly(first.aggregateId(), second.aggregateId());
    }

    private static EventEnvelope proposal(String cadreId, LocalDate plannedStart, LocalDate plannedEnd) {
        String rotationId = UUID.randomUUID().toString();
        return TopicWriter.firstEventOf("Rotation", rotationId, new RotationProposed(rotationId, cadreId, DIEN_BIEN,
                RotationKind.ROTATION, new UnitPost("u-district-office", "Phó Chánh Văn phòng Huyện ủy"),
                new UnitPost("u-thanh-hung", "Phó Bí thư Thường trực Đảng ủy xã"), plannedStart, plannedEnd, null,
                new Direction(Movement.DOWNWARD, Level.DISTRICT, Level.COMMUNE, Bloc.PARTY, Bloc.PARTY), List.of(),
                plannedStart.minusMonths(1)));
    }
}
