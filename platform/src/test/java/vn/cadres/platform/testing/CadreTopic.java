package vn.cadres.platform.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.cadres.contracts.DomainEvent;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.Gender;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.Topics;
import vn.cadres.contracts.cadre.CadreAppointed;
import vn.cadres.contracts.cadre.CadreDied;
import vn.cadres.contracts.cadre.CadreProfileCorrected;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.contracts.cadre.CadreRetired;
import vn.cadres.contracts.cadre.Decision;
import vn.cadres.contracts.cadre.DisciplineMeasure;
import vn.cadres.contracts.cadre.DisciplineRecorded;
import vn.cadres.contracts.cadre.PoliticalTheory;
import vn.cadres.contracts.cadre.ProfessionalEducation;
import vn.cadres.contracts.planning.CadrePlanned;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.contracts.unit.UnitEstablished;

/**
 * What cadre-service publishes on {@code cadre.events}, written straight to the test broker for the
 * services that consume it: units, cadres and their later facts, each under a new id so tests
 * sharing the broker do not meet.
 */
public final class CadreTopic {

    private CadreTopic() {
    }

    /** A cadre's record on the topic: the id and the last event published, which the next one chains to. */
    public static final class CadreRecord {
        private final String cadreId;
        private EventEnvelope last;

        private CadreRecord(EventEnvelope registered) {
            this.cadreId = registered.aggregateId();
            this.last = registered;
        }

        public String id() {
            return cadreId;
        }

        public CadreRecord planned(String unitId, String post, Level level, LocalDate on) {
            return publish(new CadrePlanned(cadreId, province(), unitId, post, level, on.plusYears(1),
                    on.plusYears(6), on));
        }

        public CadreRecord retired(LocalDate on) {
            return publish(new CadreRetired(cadreId, province(), on));
        }

        public CadreRecord died(LocalDate on) {
            return publish(new CadreDied(cadreId, province(), on));
        }

        public CadreRecord appointed(String unitId, String post, Decision decision, LocalDate on) {
            return publish(new CadreAppointed(cadreId, province(), unitId, post, decision, on));
        }

        /** A correction of one profile field (fullName, birthDate ...), from the value registered to a new one. */
        public CadreRecord corrected(String field, String previousValue, String newValue, LocalDate on) {
            return publish(new CadreProfileCorrected(cadreId, province(), field, previousValue, newValue,
                    "hồ sơ ghi sai", on));
        }

        public CadreRecord disciplined(DisciplineMeasure measure, String decisionNumber, LocalDate on) {
            return publish(new DisciplineRecorded(cadreId, province(), measure, decisionNumber, on));
        }

        private ProvinceCode province() {
            return ProvinceCode.of(last.office());
        }

        private CadreRecord publish(DomainEvent event) {
            last = TopicWriter.nextEventOf(last, event);
            TopicWriter.publish(Topics.CADRE_EVENTS, last);
            return this;
        }
    }

    public static CadreRecord registered(String province, String fullName, Gender gender, LocalDate birthDate,
                                  String homeCommune) {
        String cadreId = UUID.randomUUID().toString();
        ProvinceCode code = ProvinceCode.of(province);
        EventEnvelope registered = TopicWriter.firstEventOf("Cadre", cadreId, new CadreRegistered(cadreId, fullName,
                gender, birthDate, code, LocalDate.of(2010, 1, 1), code, homeCommune, "Kinh",
                ProfessionalEducation.BACHELOR, PoliticalTheory.INTERMEDIATE, null, "Ban Thường vụ Tỉnh ủy"));
        TopicWriter.publish(Topics.CADRE_EVENTS, registered);
        return new CadreRecord(registered);
    }

    public static String unit(String province, String name, Level level, Bloc bloc, String locality, List<String> keyPosts,
                       LocalDate from) {
        return unit(province, name, level, bloc, locality, null, keyPosts, from);
    }

    /** A unit that belongs to {@code parentUnitId}, such as a commune of a district. */
    public static String unit(String province, String name, Level level, Bloc bloc, String locality,
                              String parentUnitId, List<String> keyPosts, LocalDate from) {
        String unitId = UUID.randomUUID().toString();
        TopicWriter.publish(Topics.CADRE_EVENTS, TopicWriter.firstEventOf("Unit", unitId, new UnitEstablished(unitId,
                name, level, bloc, ProvinceCode.of(province), locality, parentUnitId, keyPosts, from)));
        return unitId;
    }
}
