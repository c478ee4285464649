package vn.cadres.cadre.planning.view;

import java.time.LocalDate;

/**
 * A cadre in the plan for one post, as the planning list shows them.
 *
 * @param fullName  null while the cadre's profile is not yet projected
 * @param plannedOn the date of the planning decision
 */
public record PlannedCadre(String cadreId, String fullName, LocalDate termStart, LocalDate termEnd,
                           LocalDate plannedOn) {
}
