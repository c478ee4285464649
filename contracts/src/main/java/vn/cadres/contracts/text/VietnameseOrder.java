package vn.cadres.contracts.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Names in the order a Vietnamese reader looks for them (thứ tự chữ cái tiếng Việt): a ă â b c d đ e ê
 * ... o ô ơ ... u ư, tones after letters (ngang, huyền, hỏi, ngã, sắc, nặng), and syllable by syllable, so
 * "Hà Nam", "Hà Nội", "Hà Tĩnh" come before "Hải Dương". The JDK's Vietnamese collation knows the letters
 * and the tones, but it ignores spaces and would put "Hải Dương" first ("haid" before "hanam"): hence the
 * comparison of one syllable at a time. No ICU4J needed, so contracts stays free of dependencies.
 */
public final class VietnameseOrder {

    private static final Pattern SYLLABLES = Pattern.compile("[\\s\\-–]+");
    private static final Comparator<String> NAMES = VietnameseOrder::compare;
    // A Collator keeps state while it compares and is not made for sharing across threads.
    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(VietnameseOrder::collator);

    private VietnameseOrder() {
    }

    /** Compares names in Vietnamese order; a total order, consistent with equals. */
    public static Comparator<String> names() {
        return NAMES;
    }

    /** Orders things by a name of theirs in Vietnamese order. */
    public static <T> Comparator<T> by(Function<? super T, String> name) {
        return Comparator.comparing(name, NAMES);
    }

    private static int compare(String one, String other) {
        Collator collator = COLLATOR.get();
        String[] ones = SYLLABLES.split(one.strip());
        String[] others = SYLLABLES.split(other.strip());
        for (int i = 0; i < Math.min(ones.length, others.length); i++) {
            int bySyllable = collator.compare(ones[i], others[i]);
            if (bySyllable != 0) {
                return bySyllable;
            }
        }
        int byLength = Integer.compare(ones.length, others.length);
        return byLength != 0 ? byLength : one.compareTo(other);
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        // Names typed on some keyboards arrive decomposed (a + combining grave): they sort as composed ones do.
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return collator;
    }
}
