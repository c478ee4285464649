package vn.cadres.rotation.units;

import java.time.LocalDate;
import java.util.List;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;
import vn.cadres.contracts.unit.Localities;
import vn.cadres.platform.domain.InvalidInput;

/**
 * An organisation unit as this service knows it from cadre-service's topic: what a rotation's
 * direction and the rule on non-local key posts need.
 *
 * @param name     its current name
 * @param locality the commune or district it serves; null for province and central bodies
 * @param keyPosts its key posts (chức danh chủ chốt)
 * @param validTo  the day it ended (merged or dissolved), or null while it exists
 * @param communes for a district unit, the communes of its district on the day a rule looks at it
 *                 ({@link KnownUnits#get(String, String, LocalDate)}); empty otherwise
 */
public record KnownUnit(
        String unitId,
        String name,
        Level level,
        Bloc bloc,
        ProvinceCode province,
        String locality,
        List<String> keyPosts,
        LocalDate validFrom,
        LocalDate validTo,
        List<String> communes) {

    public KnownUnit {
        keyPosts = keyPosts == null ? List.of() : List.copyOf(keyPosts);
        communes = communes == null ? List.of() : List.copyOf(communes);
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    /**
     * @param field the request field that named the unit, named when it is refused
     * @throws InvalidInput when the unit did not exist on {@code date}
     */
    public KnownUnit requireValidOn(LocalDate date, String field) {
        if (!validOn(date)) {
            throw InvalidInput.of(field, name + " existed from " + validFrom
                    + (validTo == null ? "" : " to " + validTo) + ", not on " + date);
        }
        return this;
    }

    /** True when {@code post} is one of the unit's key posts, however the decision words it. */
    public boolean isKeyPost(String post) {
        return Localities.isKeyPost(keyPosts, post);
    }
}
