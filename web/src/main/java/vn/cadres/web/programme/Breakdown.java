package vn.cadres.web.programme;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One breakdown of the programme's statistics (by direction, by status, ...) as the page shows it: a
 * bar per value with its label in the reader's language, its count, its share of all rotations, and
 * the link to the rotations behind it (null where the rotations list cannot filter by it).
 *
 * @param id    the chart's element id
 * @param title the caption, in the reader's language
 */
public record Breakdown(String id, String title, List<Bar> bars) {

    public record Bar(String label, long count, String share, String link) {
    }

    /** The chart's labels, counts and links as its canvas carries them ({@code |}-separated). */
    public String labels() {
        return bars.stream().map(Bar::label).collect(Collectors.joining("|"));
    }

    public String counts() {
        return bars.stream().map(bar -> String.valueOf(bar.count())).collect(Collectors.joining("|"));
    }

    public String links() {
        return bars.stream().map(bar -> bar.link() == null ? "" : bar.link()).collect(Collectors.joining("|"));
    }
}
