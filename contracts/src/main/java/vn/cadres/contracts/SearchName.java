package vn.cadres.contracts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as users type it when searching: offices often type without diacritics (không dấu), so
 * "nguyen van a" must find "Nguyễn Văn A". Also the key that tells two registrations of one person apart.
 */
public final class SearchName {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchName() {
    }

    /** Without diacritics (đ and Đ become d, which Unicode does not decompose), lower case, single spaces. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'),
                Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
