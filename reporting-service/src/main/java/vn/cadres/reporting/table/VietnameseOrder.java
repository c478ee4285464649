package vn.cadres.reporting.table;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * Names in the order a Vietnamese reader looks them up (thứ tự chữ cái tiếng Việt): Đ after D
 * ("Đặng" after "Dương"), Ă and Â after A, tone marks deciding only between otherwise equal names
 * ("Ánh" among the A's), as ICU's Vietnamese collation orders them. Java's own {@code Collator}
 * and a database's byte order both put "Đ" after "Z" and "Á" after every plain letter.
 *
 * <p>Read models store each name's {@link #key}, so the database sorts by it and pages without
 * loading every row: the key's hexadecimal text compares as the ICU collation key's bytes do.
 */
public final class VietnameseOrder {

    private static final Collator COLLATOR = Collator.getInstance(new ULocale("vi")).freeze();

    /** The order of texts, for the few tables sorted after reading (key posts by title). */
    public static final Comparator<String> TEXTS = (a, b) -> COLLATOR.compare(a == null ? "" : a, b == null ? "" : b);

    private VietnameseOrder() {
    }

    /** The sort key of a name, as text a database orders by plain comparison. */
    public static String key(String name) {
        return HexFormat.of().formatHex(COLLATOR.getCollationKey(name == null ? "" : name).toByteArray());
    }
}
