package vn.cadres.reporting.programme;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.rotation.Movement;
import vn.cadres.contracts.rotation.RotationKind;
import vn.cadres.platform.domain.InvalidInput;

/**
 * What a reader narrows the rotations table to; every part optional.
 *
 * @param province     null for every province the reader may read
 * @param status       a stored status, {@value Programme#OVERDUE}: running past the planned end today, or
 *                     {@value Programme#ENDING}: running, planned to end within {@value Programme#ENDING_WITHIN_DAYS} days
 * @param movement     the direction ({@link Movement})
 * @param kind         {@link RotationKind}
 * @param blocCrossing true for rotations into another bloc, false for those within one
 * @param unitId       the sending or the receiving unit
 * @param from         with {@code to}, a period the rotation's term overlaps (a running one lasts until today)
 * @param q            a cadre's name, with or without diacritics
 */
public record RotationFilter(ProvinceCode province, String status, String movement, String kind, Boolean blocCrossing,
                             String unitId, LocalDate from, LocalDate to, String q) {

    static final List<String> STATUSES = List.of("PROPOSED", "APPROVED", "ACTIVE", "COMPLETED", "ENDED_EARLY",
            "CANCELLED", Programme.OVERDUE, Programme.ENDING);

    /** The filter as given in a query, codes in any case; a value that names nothing is a 400 naming its parameter. */
    public static RotationFilter of(ProvinceCode province, String status, String movement, String kind,
                                    Boolean blocCrossing, String unitId, LocalDate from, LocalDate to, String q) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInput.of("to", "not before from");
        }
        return new RotationFilter(province, code("status", status, STATUSES),
                code("movement", movement, names(Movement.values())), code("kind", kind, names(RotationKind.values())),
                blocCrossing, blank(unitId) ? null : unitId.strip(), from, to, blank(q) ? null : q);
    }

    private static String code(String parameter, String value, List<String> known) {
        if (blank(value)) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!known.contains(code)) {
            throw InvalidInput.of(parameter, "one of " + String.join(", ", known));
        }
        return code;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
