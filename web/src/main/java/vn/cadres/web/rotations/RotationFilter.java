package vn.cadres.web.rotations;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.web.util.UriBuilder;

/**
 * What a reader filters the rotations by, as the page's query carries it and reporting-service
 * takes it: province, status ({@code OVERDUE}: running past the planned end today), direction, kind,
 * crossing blocs, a unit at either end, a period the rotation overlaps, and the cadre's name (without
 * diacritics if wished); then the sort and the page.
 */
public record RotationFilter(String province, String status, String movement, String kind, Boolean crossing,
                             String unitId, LocalDate from,
                             LocalDate to, String q, String sort,
                             Integer page) {

    static final int PAGE_SIZE = 25;

    /** The same filters, as reporting-service's query ({@code path} the table's or its export's). */
    UriBuilder query(UriBuilder uri) {
        return uri.queryParamIfPresent("province", given(province))
                .queryParamIfPresent("status", given(status))
                .queryParamIfPresent("movement", given(movement))
                .queryParamIfPresent("kind", given(kind))
                .queryParamIfPresent("blocCrossing", Optional.ofNullable(crossing))
                .queryParamIfPresent("unitId", given(unitId))
                .queryParamIfPresent("from", Optional.ofNullable(from))
                .queryParamIfPresent("to", Optional.ofNullable(to))
                .queryParamIfPresent("q", given(q))
                .queryParamIfPresent("sort", given(sort));
    }

    int pageOrFirst() {
        return page == null || page < 0 ? 0 : page;
    }

    private static Optional<String> given(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
