package vn.cadres.web.format;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links the pages build from the request they answer: the next page of a table or another sort order
 * keep every filter; a figure of the programme opens the rotations behind it. Used from templates as
 * {@code @links}. The current request's query is already encoded, and stays as it came.
 */
@Component("links")
public class Links {

    /** The rotations of one breakdown's bar: the programme's filters and {@code filter=value}. */
    public String rotations(String province, LocalDate from, LocalDate to, String filter, String value) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/rotations");
        if (province != null && !province.isBlank()) {
            link.queryParam("province", province);
        }
        if (from != null) {
            link.queryParam("from", from);
        }
        if (to != null) {
            link.queryParam("to", to);
        }
        return link.queryParam(filter, value).encode().build().toUriString();
    }

    /**
     * Where a table's answer ({@code {items, page, size, total}}) stands, for its pager: rows in all,
     * this page and the number of pages (counted from 1), and the links to the pages either side
     * (null at either end), the filters kept.
     */
    public record Pager(long total, int page, int pages, String previous, String next) {
    }

    public Pager pager(Map<String, Object> result) {
        long total = ((Number) result.get("total")).longValue();
        int page = ((Number) result.get("page")).intValue();
        int size = Math.max(1, ((Number) result.get("size")).intValue());
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Pager(total, page + 1, pages, page > 0 ? page(page - 1) : null, page + 1 < pages ? page(page + 1) : null);
    }

    /** This page of the table, at page {@code number} (0-based). */
    public String page(int number) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", number)
                .build().toUriString();
    }

    /** This table sorted by {@code sort} ({@code -column} descending), from its first page. */
    public String sort(String sort) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("sort", sort)
                .replaceQueryParam("page").build().toUriString();
    }
}
