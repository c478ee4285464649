package vn.cadres.platform.web;

/** Looks through an exception's cause chain, since frameworks wrap what our code threw. */
final class Causes {

    private Causes() {
    }

    /** The first throwable in the chain starting at {@code thrown} that is a {@code wanted}, or null. */
    static <T extends Throwable> T find(Throwable thrown, Class<T> wanted) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (wanted.isInstance(t)) {
                return wanted.cast(t);
            }
        }
        return null;
    }
}
