package vn.cadres.contracts.evaluation;

import java.math.BigDecimal;

/**
 * A measured indicator of the unit the cadre led, so outcomes can be compared before and after a
 * rotation: Điện Biên reports Nà Tấu's poverty rate at 38.5%.
 *
 * @param name  the indicator as the office names it, "Tỷ lệ hộ nghèo"
 * @param unit  its unit of measure, "%", "tiêu chí"
 * @param value the measured value
 */
public record UnitIndicator(String name, String unit, BigDecimal value) {
}
