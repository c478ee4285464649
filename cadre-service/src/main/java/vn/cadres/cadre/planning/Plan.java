package vn.cadres.cadre.planning;

import java.time.LocalDate;
import vn.cadres.contracts.planning.CadrePlanned;
import vn.cadres.contracts.unit.Level;

/** One post a cadre is planned for, for one term. */
public record Plan(String unitId, String post, Level level, LocalDate termStart, LocalDate termEnd) {

    static Plan of(CadrePlanned event) {
        return new Plan(event.unitId(), event.post(), event.level(), event.termStart(), event.termEnd());
    }

    boolean isFor(String otherUnitId, String otherPost) {
        return unitId.equals(otherUnitId) && post.equals(otherPost);
    }
}
