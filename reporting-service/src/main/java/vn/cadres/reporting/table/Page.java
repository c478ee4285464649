package vn.cadres.reporting.table;

import java.util.List;

/**
 * One page of a table: its rows, which page of what size it is (0-based), and how many rows the
 * whole table has under the filters, so a reader can page without ever receiving every row.
 */
public record Page<T>(List<T> items, int page, int size, long total) {
}
