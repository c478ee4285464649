package vn.cadres.contracts.rotation;

import com.fasterxml.jackson.annotation.JsonProperty;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;

/**
 * Where a rotation takes a cadre, derived from the two units, never typed by the office: the
 * movement between levels and localities, and whether it crosses from one bloc to another (Party,
 * government, Front, mass organisations), which the Central Highlands workshop asks to keep balanced.
 */
public record Direction(
        Movement movement,
        Level fromLevel,
        Level toLevel,
        Bloc fromBloc,
        Bloc toBloc) {

    /**
     * True when the cadre moves to a unit of another bloc (luân chuyển giữa các khối); written with
     * the direction so consumers need not derive it, ignored when read.
     */
    @JsonProperty(value = "crossesBlocs", access = JsonProperty.Access.READ_ONLY)
    public boolean crossesBlocs() {
        return fromBloc != toBloc;
    }
}
