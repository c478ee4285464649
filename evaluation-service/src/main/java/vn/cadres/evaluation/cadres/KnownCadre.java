package vn.cadres.evaluation.cadres;

import java.time.LocalDate;
import java.util.List;
import vn.cadres.contracts.ProvinceCode;

/**
 * A cadre as this service knows them from cadre-service's topic: who manages them, and the
 * disciplinary sanctions that make an evaluated period "not completed".
 *
 * @param province  the province whose office evaluates the cadre
 * @param sanctions the dates disciplinary sanctions took effect
 */
public record KnownCadre(String cadreId, ProvinceCode province, String fullName, List<LocalDate> sanctions) {

    public KnownCadre {
        sanctions = sanctions == null ? List.of() : List.copyOf(sanctions);
    }

    /** Whether a sanction took effect within the period, first and last day included. */
    public boolean sanctionedIn(LocalDate periodStart, LocalDate periodEnd) {
        return sanctions.stream().anyMatch(date -> !date.isBefore(periodStart) && !date.isAfter(periodEnd));
    }
}
