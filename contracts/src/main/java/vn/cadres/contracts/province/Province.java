package vn.cadres.contracts.province;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.cadres.contracts.ProvinceCode;

/**
 * A province or centrally-run city over one period of its existence, from {@link Provinces}.
 *
 * @param officialName as legal documents write it, with its kind ("Tỉnh Lạng Sơn", "Thành phố Hà Nội")
 * @param shortName    as lists show it ("Lạng Sơn")
 * @param validFrom    first day in force; null when in force before the first date the reference data records
 * @param validTo      last day in force; null while in force
 * @param formedFrom   the provinces in force the day before {@code validFrom} that this one continues (each of
 *                     the 34 of 1 July 2025 names the old ones it was formed from, itself included when it
 *                     keeps an old one's name); empty when the data records no predecessor
 * @param successor    the province in force the day after {@code validTo} that continues this one; null while
 *                     in force
 */
public record Province(ProvinceCode code, ProvinceKind kind, String officialName, String shortName,
                       LocalDate validFrom, LocalDate validTo, List<ProvinceCode> formedFrom, ProvinceCode successor) {

    public Province {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(officialName, "officialName");
        Objects.requireNonNull(shortName, "shortName");
        formedFrom = List.copyOf(formedFrom);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException(code + " ends on " + validTo + ", before it begins on " + validFrom);
        }
    }

    /** Whether this province was in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
