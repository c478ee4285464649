package vn.cadres.rotation.propose;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.cadres.contracts.ProvinceCode;

/**
 * Propose rotating a cadre (đề xuất luân chuyển cán bộ) from a sending unit (nơi đi) to a receiving
 * unit (nơi đến) for a planned term.
 *
 * @param province      the province managing the cadre, whose office decides the rotation
 * @param effectiveDate the date of the proposal
 */
public record ProposeRotation(
        @TargetAggregateIdentifier String rotationId,
        String cadreId,
        ProvinceCode province,
        String fromUnit,
        String toUnit,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate effectiveDate) {
}
