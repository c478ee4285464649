package vn.cadres.rotation.rules;

import java.util.regex.Pattern;
import vn.cadres.platform.text.SearchName;

/**
 * Place names as offices write them: with or without diacritics, with or without the kind of place
 * in front ("Xã Nà Tấu", "xa na tau", "Nà Tấu" are one commune).
 */
final class Localities {

    private static final Pattern KIND = Pattern.compile(
            "^(xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tinh) ");

    private Localities() {
    }

    /** The comparable key of a place name; empty for none. */
    static String key(String placeName) {
        return KIND.matcher(SearchName.of(placeName)).replaceFirst("");
    }

    static boolean same(String one, String other) {
        String key = key(one);
        return !key.isEmpty() && key.equals(key(other));
    }
}
