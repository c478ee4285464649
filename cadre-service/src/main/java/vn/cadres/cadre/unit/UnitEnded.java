package vn.cadres.cadre.unit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.cadres.platform.domain.RuleViolation;

/**
 * The refusal of a change to a unit that has already ended: it tells the caller how and when it
 * ended, and which unit continues it, so an office that back-fills history sees why.
 */
public final class UnitEnded {

    public static final String CODE = "unit.ended";

    private UnitEnded() {
    }

    public static RuleViolation violation(String unitId, UnitState state, LocalDate endedOn, String successorUnitId) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("unitId", unitId);
        facts.put("state", state.name());
        facts.put("endedOn", endedOn.toString());
        if (successorUnitId != null) {
            facts.put("successorUnitId", successorUnitId);
        }
        return new RuleViolation(CODE, "unit " + unitId + " was " + state.name().toLowerCase() + " on " + endedOn
                + (successorUnitId == null ? "" : " into " + successorUnitId), facts);
    }
}
