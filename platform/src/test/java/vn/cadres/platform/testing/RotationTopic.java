package vn.cadres.platform.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.cadres.contracts.DomainEvent;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.Topics;
import vn.cadres.contracts.rotation.CadreRotated;
import vn.cadres.contracts.rotation.Direction;
import vn.cadres.contracts.rotation.Movement;
import vn.cadres.contracts.rotation.RotationCancelled;
import vn.cadres.contracts.rotation.RotationCompleted;
import vn.cadres.contracts.rotation.RotationEndedEarly;
import vn.cadres.contracts.rotation.RotationKind;
import vn.cadres.contracts.rotation.RotationProposed;
import vn.cadres.contracts.rotation.UnitPost;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;

/** What rotation-service publishes on {@code rotation.events}, written straight to the test broker. */
public final class RotationTopic {

    private static final ProvinceCode DB = ProvinceCode.of("DB");
    private static final Direction DOWN = new Direction(Movement.DOWNWARD, Level.DISTRICT, Level.COMMUNE, Bloc.PARTY,
            Bloc.PARTY);

    private final String cadreId;
    private final RotationProposed proposal;
    private EventEnvelope last;

    private RotationTopic(String cadreId, RotationProposed proposal, EventEnvelope proposed) {
        this.cadreId = cadreId;
        this.proposal = proposal;
        this.last = proposed;
    }

    /** A rotation of a Điện Biên cadre proposed for a planned term, down from a district office to a commune. */
    public static RotationTopic proposed(String cadreId, LocalDate plannedStart, LocalDate plannedEnd) {
        return proposed(cadreId, DB, new UnitPost("u-from", "Phó Chánh Văn phòng Huyện ủy"),
                new UnitPost("u-to", "Bí thư Đảng ủy xã"), DOWN, plannedStart, plannedEnd);
    }

    /** A rotation of the cadre between two posts, in a direction, proposed for a planned term. */
    public static RotationTopic proposed(String cadreId, ProvinceCode province, UnitPost from, UnitPost to,
                                         Direction direction, LocalDate plannedStart, LocalDate plannedEnd) {
        String rotationId = UUID.randomUUID().toString();
        RotationProposed proposal = new RotationProposed(rotationId, cadreId, province, RotationKind.ROTATION, from,
                to, plannedStart, plannedEnd, null, direction, List.of(), plannedStart.minusMonths(1));
        EventEnvelope proposed = TopicWriter.firstEventOf("Rotation", rotationId, proposal);
        TopicWriter.publish(Topics.ROTATION_EVENTS, proposed);
        return new RotationTopic(cadreId, proposal, proposed);
    }

    public String id() {
        return last.aggregateId();
    }

    public RotationTopic started(LocalDate on, LocalDate plannedEnd) {
        return publish(new CadreRotated(id(), cadreId, proposal.province(), RotationKind.ROTATION, proposal.from(),
                proposal.to(), proposal.direction(), plannedEnd, List.of(), on));
    }

    public RotationTopic endedEarly(LocalDate on, long months) {
        return publish(new RotationEndedEarly(id(), cadreId, proposal.province(), months, "luân chuyển nơi khác", null,
                List.of(), on));
    }

    public RotationTopic completed(LocalDate on, long months) {
        return publish(new RotationCompleted(id(), cadreId, proposal.province(), months, null, on));
    }

    public RotationTopic cancelled(LocalDate on) {
        return publish(new RotationCancelled(id(), cadreId, proposal.province(), "thay đổi nhân sự", on));
    }

    private RotationTopic publish(DomainEvent event) {
        last = TopicWriter.nextEventOf(last, event);
        TopicWriter.publish(Topics.ROTATION_EVENTS, last);
        return this;
    }
}
