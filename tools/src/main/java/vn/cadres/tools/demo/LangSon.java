package vn.cadres.tools.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lạng Sơn city as its Standing Committee reported it: 147 cadres under its management, 102 heads
 * and deputies of 17 city bodies and 45 key leaders of 5 wards and 3 communes; 134 with a university
 * degree or higher (91%), 135 with advanced or intermediate political theory (92%), 62 women (42%),
 * 15 under 35 (10.2%) at the end of 2022; and the 48 rotations of 2002–2022: 12 from the city to a
 * ward or commune, 7 back up, 4 between wards and communes, 25 between city bodies.
 * Who has which trait is spread by fixed permutations of the 147, so the counts are exact.
 */
final class LangSon {

    static final String PROVINCE = "LS";
    private static final String CITY = "Thành phố Lạng Sơn";
    /** City bodies: name, bloc, head's post, deputy's post. */
    private static final String[][] BODIES = {
            {"Văn phòng Thành ủy Lạng Sơn", "PARTY", "Chánh Văn phòng", "Phó Chánh Văn phòng"},
            {"Ban Tổ chức Thành ủy Lạng Sơn", "PARTY", "Trưởng ban", "Phó Trưởng ban"},
            {"Ban Tuyên giáo Thành ủy Lạng Sơn", "PARTY", "Trưởng ban", "Phó Trưởng ban"},
            {"Ban Dân vận Thành ủy Lạng Sơn", "PARTY", "Trưởng ban", "Phó Trưởng ban"},
            {"Ủy ban Kiểm tra Thành ủy Lạng Sơn", "PARTY", "Chủ nhiệm", "Phó Chủ nhiệm"},
            {"Văn phòng HĐND và UBND thành phố Lạng Sơn", "GOVERNMENT", "Chánh Văn phòng", "Phó Chánh Văn phòng"},
            {"Phòng Nội vụ thành phố Lạng Sơn", "GOVERNMENT", "Trưởng phòng", "Phó Trưởng phòng"},
            {"Phòng Tài chính - Kế hoạch thành phố Lạng Sơn", "GOVERNMENT", "Trưởng phòng", "Phó Trưởng phòng"},
            {"Phòng Giáo dục và Đào tạo thành phố Lạng Sơn", "GOVERNMENT", "Trưởng phòng", "Phó Trưởng phòng"},
            {"Phòng Kinh tế thành phố Lạng Sơn", "GOVERNMENT", "Trưởng phòng", "Phó Trưởng phòng"},
            {"Phòng Quản lý đô thị thành phố Lạng Sơn", "GOVERNMENT", "Trưởng phòng", "Phó Trưởng phòng"},
            {"Phòng Tài nguyên và Môi trường thành phố Lạng Sơn", "GOVERNMENT", "Trưởng phòng", "Phó Trưởng phòng"},
            {"Thanh tra thành phố Lạng Sơn", "GOVERNMENT", "Chánh Thanh tra", "Phó Chánh Thanh tra"},
            {"Ủy ban MTTQ thành phố Lạng Sơn", "FATHERLAND_FRONT", "Chủ tịch", "Phó Chủ tịch"},
            {"Thành đoàn Lạng Sơn", "MASS_ORGANISATION", "Bí thư", "Phó Bí thư"},
            {"Hội Liên hiệp Phụ nữ thành phố Lạng Sơn", "MASS_ORGANISATION", "Chủ tịch", "Phó Chủ tịch"},
            {"Hội Nông dân thành phố Lạng Sơn", "MASS_ORGANISATION", "Chủ tịch", "Phó Chủ tịch"}};
    private static final String[] WARDS = {"Phường Chi Lăng", "Phường Đông Kinh", "Phường Hoàng Văn Thụ",
            "Phường Tam Thanh", "Phường Vĩnh Trại", "Xã Hoàng Đồng", "Xã Mai Pha", "Xã Quảng Lạc"};
    private static final String[] WARD_POSTS = {"Bí thư Đảng ủy", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch UBND",
            "Phó Chủ tịch UBND", "Chủ tịch Ủy ban MTTQ"};
    private static final String[] FAMILY = {"Hoàng", "Lương", "Vi", "Nông", "Hà", "Lục", "Đinh", "Triệu", "Lăng",
            "Chu", "Nguyễn", "Mã"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng",
            "Huyền", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Ngọc", "Phong", "Phương", "Quân", "Sơn", "Thắng",
            "Thảo", "Thủy", "Trang", "Trung", "Tuấn", "Tú", "Vân", "Yến"};
    private static final int POOL = 147;
    private static final LocalDate APPOINTED = LocalDate.of(2020, 6, 1);

    private final DemoData demo;

    LangSon(DemoData demo) {
        this.demo = demo;
    }

    void load() {
        Map<String, String> units = demo.units(PROVINCE, "2000-01-01", tree());
        List<Cadre> cadres = new ArrayList<>();
        for (int i = 0; i < POOL; i++) {
            cadres.add(cadre(i));
        }
        List<Cadre> rotated = cadres.stream().filter(c -> c.rotation >= 0).toList();
        for (Cadre cadre : cadres) {
            cadre.id = demo.register(cadre.person);
            demo.appoint(PROVINCE, cadre.id, units.get(cadre.unit), cadre.post, APPOINTED, "QĐ-" + cadre.index);
        }
        for (Cadre cadre : rotated) {
            rotate(cadre, units);
        }
    }

    private ObjectNode tree() {
        List<ObjectNode> children = new ArrayList<>();
        for (String[] body : BODIES) {
            children.add(demo.node(body[0], "DISTRICT", body[1], CITY, List.of(body[2])));
        }
        for (String ward : WARDS) {
            children.add(demo.node(wardUnit(ward), "COMMUNE", "PARTY", ward, List.of("Bí thư Đảng ủy", "Chủ tịch UBND",
                    "Chủ tịch Ủy ban MTTQ")));
        }
        return demo.withChildren(demo.node(CITY, "DISTRICT", "GOVERNMENT", CITY, List.of("Bí thư Thành ủy",
                "Chủ tịch UBND")), children);
    }

    private static String wardUnit(String ward) {
        return "Đảng ủy " + ward.substring(0, 1).toLowerCase() + ward.substring(1);
    }

    /** The cadre at place {@code i} of the pool, with the traits the permutations give it. */
    private static Cadre cadre(int i) {
        boolean woman = i * 37 % POOL < 62;
        boolean young = i * 71 % POOL < 15;
        String education = i * 53 % POOL < 13 ? "COLLEGE" : i % 3 == 0 ? "MASTER" : "BACHELOR";
        String theory = i * 61 % POOL < 12 ? "ELEMENTARY" : i % 2 == 0 ? "ADVANCED" : "INTERMEDIATE";
        int rotation = young ? -1 : rotationOf(i);
        String unit;
        String post;
        String home;
        if (i < 102) {
            String[] body = BODIES[i / 6];
            unit = body[0];
            post = i % 6 == 0 ? body[2] : body[3];
            home = WARDS[i % WARDS.length];
        } else {
            int place = i < 142 ? (i - 102) / 5 : i - 142;
            unit = wardUnit(WARDS[place]);
            post = i < 142 ? WARD_POSTS[(i - 102) % 5] : "Phó Chủ tịch UBND";
            home = i % 2 == 0 ? WARDS[place] : "Xã Tân Thành";
        }
        LocalDate birth;
        LocalDate managedSince;
        if (young) {
            birth = LocalDate.of(1990 + i % 4, 1 + i / 28 % 12, 1 + i % 28);
            managedSince = LocalDate.of(2018, 1, 1);
        } else if (rotation >= 0) {
            LocalDate start = startOf(rotation);
            birth = LocalDate.of(start.getYear() - 36 - i % 8, 1 + i / 28 % 12, 1 + i % 28);
            managedSince = start.minusYears(2);
        } else {
            birth = LocalDate.of(1968 + i % 18, 1 + i / 28 % 12, 1 + i % 28);
            managedSince = LocalDate.of(2010, 1, 1);
        }
        String name = FAMILY[i % FAMILY.length] + (woman ? " Thị " : new String[]{" Văn ", " Đức ", " Minh ", " Quang "}
                [i % 4]) + GIVEN[i * 7 % GIVEN.length];
        String ethnicity = new String[]{"Tày", "Nùng", "Kinh"}[i % 3];
        return new Cadre(i, new DemoData.Person(PROVINCE, name, woman ? "FEMALE" : "MALE", birth, managedSince, home,
                ethnicity, education, theory, "Ban Thường vụ Thành ủy Lạng Sơn"), unit, post, rotation);
    }

    /** The 48 rotated cadres are the first 48 not under 35, in the order of another permutation. */
    private static int rotationOf(int i) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < POOL; k++) {
            int candidate = k * 43 % POOL;
            if (candidate * 71 % POOL >= 15) {
                order.add(candidate);
            }
        }
        int position = order.indexOf(i);
        return position < 48 ? position : -1;
    }

    private static LocalDate startOf(int rotation) {
        return LocalDate.of(2002, 1, 1).plusMonths(5L * rotation);
    }

    /**
     * Rotations 0–11 go down from a city body to a ward or commune, 12–18 up, 19–22 between wards and
     * communes, 23–47 between city bodies; every eighth ends early; every other one is evaluated the
     * year before and the year after, the class held, fallen or improved in turn.
     */
    private void rotate(Cadre cadre, Map<String, String> units) {
        int k = cadre.rotation;
        String body = BODIES[k % BODIES.length][0];
        String otherBody = BODIES[(k + 5) % BODIES.length][0];
        String ward = wardUnit(WARDS[k % WARDS.length]);
        String otherWard = wardUnit(WARDS[(k + 3) % WARDS.length]);
        String[] move = k < 12 ? new String[]{body, "Phó Trưởng phòng", ward, "Phó Chủ tịch UBND"}
                : k < 19 ? new String[]{ward, "Phó Chủ tịch UBND", body, "Phó Trưởng phòng"}
                : k < 23 ? new String[]{ward, "Phó Chủ tịch UBND", otherWard, "Phó Chủ tịch UBND"}
                : new String[]{body, "Phó Trưởng phòng", otherBody, "Phó Trưởng phòng"};
        LocalDate start = startOf(k);
        LocalDate plannedEnd = start.plusMonths(36).minusDays(1);
        String rotationId = demo.rotate(PROVINCE, cadre.id, units.get(move[0]), move[1], units.get(move[2]), move[3],
                start, plannedEnd, "LC-" + (k + 1) + "/QĐ-TU");
        LocalDate end = k % 8 == 7 ? start.plusMonths(20).minusDays(1) : plannedEnd;
        if (k % 8 == 7) {
            demo.endEarly(PROVINCE, rotationId, end, "Điều động theo yêu cầu nhiệm vụ");
        } else {
            demo.complete(PROVINCE, rotationId, end);
        }
        if (k % 2 == 0) {
            int[] totals = switch (k / 2 % 3) {
                case 0 -> new int[]{78, 84};
                case 1 -> new int[]{80, 66};
                default -> new int[]{64, 79};
            };
            String evaluator = units.get(cadre.unit);
            demo.evaluate(PROVINCE, cadre.id, evaluator, "DECIDING_LEVEL", LocalDate.of(start.getYear() - 1, 1, 1),
                    LocalDate.of(start.getYear() - 1, 12, 31), totals[0], Map.<String, BigDecimal>of());
            demo.evaluate(PROVINCE, cadre.id, evaluator, "DECIDING_LEVEL", LocalDate.of(end.getYear() + 1, 1, 1),
                    LocalDate.of(end.getYear() + 1, 12, 31), totals[1], Map.<String, BigDecimal>of());
        }
    }

    private static final class Cadre {
        final int index;
        final DemoData.Person person;
        final String unit;
        final String post;
        final int rotation;
        String id;

        Cadre(int index, DemoData.Person person, String unit, String post, int rotation) {
            this.index = index;
            this.person = person;
            this.unit = unit;
            this.post = post;
            this.rotation = rotation;
        }
    }
}
