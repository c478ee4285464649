package vn.cadres.tools.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hà Nội's rotation of 57 cadres from the city's bodies to 29 districts and 6 city and central
 * agencies, of whom 7 city Party committee members, 14 heads or deputies of Party boards and 25
 * directors or deputy directors of departments; the terms run to the end of 2026.
 */
final class HaNoi {

    static final String PROVINCE = "HN";
    private static final String[][] BODIES = {
            {"Văn phòng Thành ủy Hà Nội", "PARTY"}, {"Ban Tổ chức Thành ủy Hà Nội", "PARTY"},
            {"Ban Tuyên giáo Thành ủy Hà Nội", "PARTY"}, {"Ban Dân vận Thành ủy Hà Nội", "PARTY"},
            {"Ủy ban Kiểm tra Thành ủy Hà Nội", "PARTY"}, {"Sở Nội vụ Hà Nội", "GOVERNMENT"},
            {"Sở Tài chính Hà Nội", "GOVERNMENT"}, {"Sở Kế hoạch và Đầu tư Hà Nội", "GOVERNMENT"},
            {"Sở Xây dựng Hà Nội", "GOVERNMENT"}, {"Sở Giáo dục và Đào tạo Hà Nội", "GOVERNMENT"}};
    private static final String[] DISTRICTS = {"Ba Đình", "Hoàn Kiếm", "Tây Hồ", "Long Biên", "Cầu Giấy", "Đống Đa",
            "Hai Bà Trưng", "Hoàng Mai", "Thanh Xuân", "Nam Từ Liêm", "Bắc Từ Liêm", "Hà Đông", "Sơn Tây", "Ba Vì",
            "Phúc Thọ", "Đan Phượng", "Hoài Đức", "Quốc Oai", "Thạch Thất", "Chương Mỹ", "Thanh Oai", "Thường Tín",
            "Phú Xuyên", "Ứng Hòa", "Mỹ Đức", "Thanh Trì", "Gia Lâm", "Đông Anh", "Sóc Sơn"};
    /** City and central agencies: name, level, bloc. */
    private static final String[][] AGENCIES = {
            {"Ban Quản lý các Khu công nghiệp và chế xuất Hà Nội", "PROVINCE", "GOVERNMENT"},
            {"Liên đoàn Lao động thành phố Hà Nội", "PROVINCE", "MASS_ORGANISATION"},
            {"Ủy ban MTTQ Việt Nam thành phố Hà Nội", "PROVINCE", "FATHERLAND_FRONT"},
            {"Ban Tổ chức Trung ương", "CENTRAL", "PARTY"},
            {"Ủy ban Kiểm tra Trung ương", "CENTRAL", "PARTY"},
            {"Văn phòng Trung ương Đảng", "CENTRAL", "PARTY"}};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Vũ", "Đỗ", "Bùi", "Đặng", "Ngô", "Dương"};
    private static final String[] GIVEN = {"Anh", "Bảo", "Chiến", "Duy", "Hiếu", "Hoàng", "Khoa", "Lâm", "Nga", "Nhung",
            "Oanh", "Phúc", "Quyết", "Thành", "Thu", "Tùng", "Việt", "Xuân", "Yên"};
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate PLANNED_END = LocalDate.of(2026, 12, 31);

    private final DemoData demo;

    HaNoi(DemoData demo) {
        this.demo = demo;
    }

    void load() {
        List<ObjectNode> children = new ArrayList<>();
        for (String[] body : BODIES) {
            children.add(demo.node(body[0], "PROVINCE", body[1], null, List.of()));
        }
        for (String district : DISTRICTS) {
            children.add(demo.node(districtUnit(district), "DISTRICT", "PARTY", district,
                    List.of(districtSecretary(district), "Chủ tịch UBND")));
        }
        for (String[] agency : AGENCIES) {
            children.add(demo.node(agency[0], agency[1], agency[2], null, List.of()));
        }
        Map<String, String> units = demo.units(PROVINCE, "2008-08-01", demo.withChildren(
                demo.node("Thành phố Hà Nội", "PROVINCE", "GOVERNMENT", null, List.of("Bí thư Thành ủy")), children));
        for (int i = 0; i < 57; i++) {
            boolean woman = i % 3 == 0;
            String name = FAMILY[i % FAMILY.length] + (woman ? " Thị " : " Văn ") + GIVEN[i * 5 % GIVEN.length]
                    + (i >= 19 ? " " + GIVEN[i % GIVEN.length] : "");
            String[] body = i < 21 ? BODIES[i % 5] : i < 46 ? BODIES[5 + i % 5] : BODIES[i % BODIES.length];
            String post = i < 7 ? "Thành ủy viên, Phó Trưởng ban" : i < 21 ? "Phó Trưởng ban" : i < 46
                    ? "Phó Giám đốc Sở" : "Trưởng phòng";
            String cadreId = demo.register(new DemoData.Person(PROVINCE, name, woman ? "FEMALE" : "MALE",
                    LocalDate.of(1978 + i % 8, 1 + i % 12, 1 + i % 28), LocalDate.of(2015, 1, 1), "Phường Láng Hạ",
                    "Kinh", i % 2 == 0 ? "MASTER" : "DOCTOR", "ADVANCED", "Ban Thường vụ Thành ủy Hà Nội"));
            demo.appoint(PROVINCE, cadreId, units.get(body[0]), post, LocalDate.of(2020, 1, 1), "HN-" + i);
            String destination = i < 51 ? districtUnit(DISTRICTS[i % DISTRICTS.length]) : AGENCIES[i - 51][0];
            String destinationPost = i < 51 ? "Phó Bí thư " + districtCommittee(DISTRICTS[i % DISTRICTS.length])
                    : "Phó Trưởng ban";
            demo.rotate(PROVINCE, cadreId, units.get(body[0]), post, units.get(destination), destinationPost, START,
                    PLANNED_END, "LC-" + (i + 1) + "-QĐ/TU");
        }
    }

    private static boolean urban(String district) {
        return List.of(DISTRICTS).indexOf(district) < 12;
    }

    private static String districtCommittee(String district) {
        return (urban(district) ? "Quận ủy " : district.equals("Sơn Tây") ? "Thị ủy " : "Huyện ủy ") + district;
    }

    private static String districtUnit(String district) {
        return districtCommittee(district);
    }

    private static String districtSecretary(String district) {
        return "Bí thư " + districtCommittee(district).split(" ")[0] + " ủy";
    }
}
