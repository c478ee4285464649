package vn.cadres.cadre.unit.establish;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.unit.Bloc;
import vn.cadres.contracts.unit.Level;

/** Establish an organisation unit (thành lập đơn vị). */
public record EstablishUnit(
        @TargetAggregateIdentifier String unitId,
        String name,
        Level level,
        Bloc bloc,
        ProvinceCode province,
        String locality,
        String parentUnitId,
        List<String> keyPosts,
        LocalDate effectiveDate) {
}
