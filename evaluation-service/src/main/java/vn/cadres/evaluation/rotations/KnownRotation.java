package vn.cadres.evaluation.rotations;

import java.time.LocalDate;
import vn.cadres.contracts.ProvinceCode;

/**
 * A rotation (luân chuyển) as this service knows it from rotation-service's topic: its term tells
 * which evaluations fall before, during and after it.
 *
 * @param start   the actual start once the rotation started, the planned start until then
 * @param end     the actual end once it ended, the planned end (as extended) until then; the last day
 * @param running started and not yet ended: a rotation past its planned end still runs until its end
 *                is recorded, so its term has no last day yet
 */
public record KnownRotation(
        String rotationId,
        String cadreId,
        ProvinceCode province,
        LocalDate start,
        LocalDate end,
        boolean running) {
}
