package vn.cadres.rotation;

import static vn.cadres.rotation.DienBien.DB;
import static vn.cadres.rotation.DienBien.DECISION;
import static vn.cadres.rotation.DienBien.DEPUTY_CHIEF;
import static vn.cadres.rotation.DienBien.DISTRICT_OFFICE;
import static vn.cadres.rotation.DienBien.JULY_2014;
import static vn.cadres.rotation.DienBien.JUNE_2017;
import static vn.cadres.rotation.DienBien.PROPOSED;
import static vn.cadres.rotation.DienBien.STANDING_DEPUTY_SECRETARY;
import static vn.cadres.rotation.DienBien.THANH_HUNG;

import java.time.LocalDate;
import java.util.List;
import vn.cadres.contracts.rotation.CadreRotated;
import vn.cadres.contracts.rotation.Direction;
import vn.cadres.contracts.rotation.Movement;
import vn.cadres.contracts.rotation.RotationApproved;
import vn.cadres.contracts.rotation.RotationKind;
import vn.cadres.contracts.rotation.RotationProposed;
import vn.cadres.contracts.rotation.RuleFlag;
import vn.cadres.contracts.rotation.UnitPost;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.rotation.cadres.KnownCadre;
import vn.cadres.rotation.propose.ProposeRotation;
import vn.cadres.rotation.rules.OtherRotation;
import vn.cadres.rotation.rules.RuleOverride;
import vn.cadres.rotation.start.StartRotation;
import vn.cadres.rotation.units.KnownUnit;

/**
 * The commands and events of the first Điện Biên rotation, 2014: from deputy chief of the district
 * Party office down to standing deputy secretary of Thanh Hưng commune, planned for 36 months.
 */
final class Proposals {

    static final String ROTATION_ID = "r-1";
    static final Direction DOWN_IN_PARTY = new Direction(Movement.DOWNWARD, Level.DISTRICT, Level.COMMUNE,
            Bloc.PARTY, Bloc.PARTY);
    static final UnitPost FROM = new UnitPost(DISTRICT_OFFICE.unitId(), DEPUTY_CHIEF);
    static final UnitPost TO = new UnitPost(THANH_HUNG.unitId(), STANDING_DEPUTY_SECRETARY);

    private Proposals() {
    }

    static ProposeRotation proposal() {
        return proposal(DienBien.huong(), JULY_2014, JUNE_2017, List.of(), List.of());
    }

    static ProposeRotation proposal(KnownCadre cadre, LocalDate start, LocalDate end, List<OtherRotation> others,
                                    List<RuleOverride> overrides) {
        return proposal(RotationKind.ROTATION, cadre, THANH_HUNG, STANDING_DEPUTY_SECRETARY, start, end, others,
                overrides);
    }

    static ProposeRotation proposal(RotationKind kind, KnownCadre cadre, KnownUnit to, String toPost, LocalDate start,
                                    LocalDate end, List<OtherRotation> others, List<RuleOverride> overrides) {
        return new ProposeRotation(ROTATION_ID, kind, cadre, DISTRICT_OFFICE, DEPUTY_CHIEF, to, toPost, start, end,
                "đào tạo qua thực tiễn cơ sở", others, overrides, PROPOSED);
    }

    static RotationProposed proposed(RuleFlag... flags) {
        return proposed(JULY_2014, JUNE_2017, flags);
    }

    static RotationProposed proposed(LocalDate start, LocalDate end, RuleFlag... flags) {
        return new RotationProposed(ROTATION_ID, "c-huong", DB, RotationKind.ROTATION, FROM, TO, start, end,
                "đào tạo qua thực tiễn cơ sở", DOWN_IN_PARTY, List.of(flags), PROPOSED);
    }

    static RotationApproved approved() {
        return new RotationApproved(ROTATION_ID, "c-huong", DB, DECISION, DECISION.date());
    }

    static StartRotation start(LocalDate date) {
        return new StartRotation(ROTATION_ID, date, DienBien.huong(), List.of(), List.of());
    }

    static CadreRotated rotated(LocalDate date, RuleFlag... flags) {
        return rotated(date, JUNE_2017, flags);
    }

    static CadreRotated rotated(LocalDate date, LocalDate plannedEnd, RuleFlag... flags) {
        return new CadreRotated(ROTATION_ID, "c-huong", DB, RotationKind.ROTATION, FROM, TO, DOWN_IN_PARTY, plannedEnd,
                List.of(flags), date);
    }
}
