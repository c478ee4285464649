package vn.cadres.contracts.unit;

import java.util.List;
import java.util.regex.Pattern;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.SearchName;

/**
 * Place names and posts as offices write them: with or without diacritics, with or without the kind of place
 * in front ("Xã Nà Tấu", "xa na tau", "Nà Tấu" are one commune).
 *
 * <p>Part of the published language, not of a service: who is a native of a unit (R4/R5 of Quy định 65) is
 * read from unit events alone, and every consumer of them (the rotation rules, the reports) must read it
 * the same way; it needs nothing but these terms, so any consumer can take it without platform.
 */
public final class Localities {

    private static final Pattern KIND = Pattern.compile(
            "^(xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tinh) ");

    private Localities() {
    }

    /** The comparable key of a place name; empty for none. */
    public static String key(String placeName) {
        return KIND.matcher(SearchName.of(placeName)).replaceFirst("");
    }

    public static boolean same(String one, String other) {
        String key = key(one);
        return !key.isEmpty() && key.equals(key(other));
    }

    /**
     * True when {@code post} is one of {@code keyPosts}. Decisions word posts in full ("Bí thư Đảng
     * ủy xã Nà Tấu") where a unit lists the title ("Bí thư Đảng ủy"), with or without diacritics, so
     * the post is a key post when it begins with one.
     */
    public static boolean isKeyPost(List<String> keyPosts, String post) {
        return keyPostOf(keyPosts, post) != null;
    }

    /** The key post of {@code keyPosts} that {@code post} holds, or null. */
    public static String keyPostOf(List<String> keyPosts, String post) {
        String wording = SearchName.of(post);
        return keyPosts.stream().filter(key -> !SearchName.of(key).isEmpty() && wording.startsWith(SearchName.of(key)))
                .findFirst().orElse(null);
    }

    /**
     * Whether a cadre from {@code homeProvince} / {@code homeCommune} is a native (người địa phương)
     * of a unit, as R4/R5 mean it: of the commune for posts there, of the district (its own name or
     * any of {@code communesOfDistrict}, the communes in it, see {@link UnitTree}) for district posts,
     * of the province for provincial posts; central posts belong to no locality. A home province not
     * recorded does not clear a cadre whose home commune is the unit's.
     */
    public static boolean isNative(Level unitLevel, ProvinceCode unitProvince, String unitLocality,
                                   List<String> communesOfDistrict, ProvinceCode homeProvince, String homeCommune) {
        boolean sameProvince = homeProvince == null || unitProvince.equals(homeProvince);
        return switch (unitLevel) {
            case CENTRAL -> false;
            case PROVINCE -> unitProvince.equals(homeProvince);
            case DISTRICT -> sameProvince && (same(homeCommune, unitLocality)
                    || communesOfDistrict.stream().anyMatch(commune -> same(homeCommune, commune)));
            case COMMUNE -> sameProvince && same(homeCommune, unitLocality);
        };
    }
}
