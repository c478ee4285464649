package vn.cadres.evaluation.rotations;

import java.time.LocalDate;
import vn.cadres.contracts.ProvinceCode;

/**
 * A rotation (luân chuyển) as this service knows it from rotation-service's topic: its planned term
 * tells which evaluations fall before, during and after it.
 */
public record KnownRotation(
        String rotationId,
        String cadreId,
        ProvinceCode province,
        LocalDate plannedStart,
        LocalDate plannedEnd) {
}
