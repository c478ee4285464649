package vn.cadres.reporting.table;

import com.mongodb.client.model.Sorts;
import java.util.List;
import java.util.Map;
import org.bson.conversions.Bson;
import vn.cadres.platform.domain.InvalidInput;

/**
 * Which page of a table a reader asks for, and in what order: {@code page} (0-based), {@code size}
 * (default {@value #DEFAULT_SIZE}, at most {@value #MAX_SIZE}) and {@code sort}, a column the table
 * names, prefixed with {@code -} for descending. A value outside these is a 400 naming the parameter.
 *
 * @param size of a page; 0 for every row (exports)
 */
public record PageRequest(int page, int size, String column, boolean descending) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;
    /** Far beyond any table here, and small enough that page × size never overflows. */
    private static final int MAX_PAGE = 1_000_000;

    /**
     * @param columns the sortable columns, the first the default order
     */
    public static PageRequest of(Integer page, Integer size, String sort, List<String> columns) {
        if (page != null && (page < 0 || page > MAX_PAGE)) {
            throw InvalidInput.of("page", "a page number from 0 to " + MAX_PAGE);
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            throw InvalidInput.of("size", "from 1 to " + MAX_SIZE + " rows");
        }
        Ordering ordering = ordering(sort, columns);
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, ordering.column(),
                ordering.descending());
    }

    /** Every row, in the order asked (an export takes a table's sort but never a page). */
    public static PageRequest all(String sort, List<String> columns) {
        Ordering ordering = ordering(sort, columns);
        return new PageRequest(0, 0, ordering.column(), ordering.descending());
    }

    /** True when every row is asked for. */
    public boolean everyRow() {
        return size == 0;
    }

    /** The rows to skip before this page. */
    public int offset() {
        return page * size;
    }

    public <T> Page<T> of(List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }

    /** A page cut from rows already read and sorted (a table computed from others, never stored as rows). */
    public <T> Page<T> slice(List<T> sorted) {
        if (everyRow()) {
            return new Page<>(sorted, 0, sorted.size(), sorted.size());
        }
        int from = (int) Math.min((long) offset(), sorted.size());
        return of(sorted.subList(from, Math.min(from + size, sorted.size())), sorted.size());
    }

    /**
     * The database order of this request, {@code fields} naming the stored field of each column; rows
     * equal in it keep the order of their ids, so pages neither repeat nor skip a row.
     */
    public Bson sort(Map<String, String> fields) {
        String field = fields.get(column);
        return Sorts.orderBy(descending ? Sorts.descending(field) : Sorts.ascending(field), Sorts.ascending("_id"));
    }

    private record Ordering(String column, boolean descending) {
    }

    private static Ordering ordering(String sort, List<String> columns) {
        if (sort == null || sort.isBlank()) {
            return new Ordering(columns.getFirst(), false);
        }
        String text = sort.strip();
        boolean descending = text.startsWith("-");
        String column = descending ? text.substring(1) : text;
        if (!columns.contains(column)) {
            throw InvalidInput.of("sort", "one of " + String.join(", ", columns) + ", with - before it for descending");
        }
        return new Ordering(column, descending);
    }
}
