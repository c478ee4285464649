package vn.cadres.contracts.unit;

import java.time.LocalDate;
import java.util.List;
import vn.cadres.contracts.DomainEvent;
import vn.cadres.contracts.EventType;
import vn.cadres.contracts.ProvinceCode;

/**
 * An organisation unit came into being (thành lập đơn vị): a Party committee, a People's Committee,
 * a Front committee or a mass organisation at some level. Its validity starts on the effective date.
 *
 * @param locality     the place the unit serves (the commune or district's name); a commune or district
 *                     unit always has one, because key posts there should go to non-locals
 * @param parentUnitId the unit it belongs to, or null for a top unit
 * @param keyPosts     its key posts (chức danh chủ chốt), such as "Bí thư Đảng ủy"
 */
@EventType("unit.UnitEstablished")
public record UnitEstablished(
        String unitId,
        String name,
        Level level,
        Bloc bloc,
        ProvinceCode province,
        String locality,
        String parentUnitId,
        List<String> keyPosts,
        LocalDate effectiveDate) implements DomainEvent {

    public UnitEstablished {
        keyPosts = keyPosts == null ? List.of() : List.copyOf(keyPosts);
    }
}
