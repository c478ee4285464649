package vn.cadres.cadre.planning.age;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Drop a cadre from every plan if they are past the planning age on {@code asOf}; answers whether
 * they were dropped. Age passes without any event, so someone has to ask.
 */
public record ReviewPlanningAge(@TargetAggregateIdentifier String cadreId, LocalDate asOf) {
}
