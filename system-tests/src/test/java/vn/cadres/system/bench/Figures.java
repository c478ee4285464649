package vn.cadres.system.bench;

import java.util.Arrays;
import java.util.Locale;

/** Prints benchmark figures, one per line, in a form that is easy to read and to grep. */
final class Figures {

    private Figures() {
    }

    static void rate(String what, long events, long nanos) {
        System.out.printf(Locale.ROOT, "%-58s %,12.0f events/s  (%,d events in %,.2f s)%n", what,
                events / (nanos / 1e9), events, nanos / 1e9);
    }

    static void percentiles(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-58s p50 %,7.1f ms  p99 %,7.1f ms  max %,7.1f ms  (n=%,d)%n", what,
                at(sorted, 0.50), at(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                sorted.length);
    }

    /** The value at {@code quantile} of unsorted nanos, in milliseconds. */
    static double quantileMillis(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return at(sorted, quantile);
    }

    private static double at(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    static void line(String text) {
        System.out.println(text);
    }
}
