package vn.cadres.tools.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Đặng Quốc Hương's career in Điện Biên district as the provincial paper told it: deputy chief of the
 * district Party office; from July 2014 standing deputy secretary of Thanh Hưng commune; from
 * September 2015 Party secretary of Nà Tấu commune, whose poverty rate fell to 38.5% and which met 8
 * national new-countryside criteria; then back to the district, promoted. His evaluations before,
 * during and after the rotations are recorded too.
 */
final class DienBien {

    static final String PROVINCE = "DB";
    private static final String OFFICE = "Văn phòng Huyện ủy Điện Biên";
    private static final String THANH_HUNG = "Đảng ủy xã Thanh Hưng";
    private static final String NA_TAU = "Đảng ủy xã Nà Tấu";
    private static final String POVERTY = "Tỷ lệ hộ nghèo";
    private static final String CRITERIA = "Tiêu chí nông thôn mới đạt";

    private final DemoData demo;

    DienBien(DemoData demo) {
        this.demo = demo;
    }

    void load() {
        Map<String, String> units = demo.units(PROVINCE, "2004-01-01", demo.withChildren(
                demo.node("Huyện Điện Biên", "DISTRICT", "GOVERNMENT", "Điện Biên", List.of("Chủ tịch UBND")), List.of(
                        demo.node(OFFICE, "DISTRICT", "PARTY", "Điện Biên", List.of("Chánh Văn phòng Huyện ủy")),
                        demo.node(THANH_HUNG, "COMMUNE", "PARTY", "Thanh Hưng",
                                List.of("Bí thư Đảng ủy", "Phó Bí thư Thường trực Đảng ủy")),
                        demo.node(NA_TAU, "COMMUNE", "PARTY", "Nà Tấu", List.of("Bí thư Đảng ủy")))));
        String huong = demo.register(new DemoData.Person(PROVINCE, "Đặng Quốc Hương", "MALE", LocalDate.of(1979, 5, 2),
                LocalDate.of(2010, 1, 1), "Xã Thanh Xương", "Kinh", "BACHELOR", "INTERMEDIATE",
                "Ban Thường vụ Huyện ủy Điện Biên"));
        demo.appoint(PROVINCE, huong, units.get(OFFICE), "Phó Chánh Văn phòng Huyện ủy", LocalDate.of(2012, 1, 1),
                "45-QĐ/HU");
        demo.plan(PROVINCE, huong, units.get(NA_TAU), "Bí thư Đảng ủy", LocalDate.of(2015, 10, 1),
                LocalDate.of(2013, 12, 20));

        String toThanhHung = demo.rotate(PROVINCE, huong, units.get(OFFICE), "Phó Chánh Văn phòng Huyện ủy",
                units.get(THANH_HUNG), "Phó Bí thư Thường trực Đảng ủy xã Thanh Hưng", LocalDate.of(2014, 7, 1),
                LocalDate.of(2017, 6, 30), "125-QĐ/HU");
        demo.endEarly(PROVINCE, toThanhHung, LocalDate.of(2015, 9, 14), "Luân chuyển giữ chức Bí thư Đảng ủy xã Nà Tấu");
        String toNaTau = demo.rotate(PROVINCE, huong, units.get(THANH_HUNG), "Phó Bí thư Thường trực Đảng ủy xã",
                units.get(NA_TAU), "Bí thư Đảng ủy xã Nà Tấu", LocalDate.of(2015, 9, 15), LocalDate.of(2020, 9, 14),
                "310-QĐ/HU");
        demo.complete(PROVINCE, toNaTau, LocalDate.of(2020, 9, 14));
        demo.place(PROVINCE, toNaTau, "PROMOTED", units.get(OFFICE), "Chánh Văn phòng Huyện ủy", LocalDate.of(2020, 10, 1));

        demo.evaluate(PROVINCE, huong, units.get(OFFICE), "DECIDING_LEVEL", LocalDate.of(2013, 1, 1),
                LocalDate.of(2013, 12, 31), 80, Map.of());
        demo.evaluate(PROVINCE, huong, units.get(THANH_HUNG), "SENDING_UNIT", LocalDate.of(2015, 1, 1),
                LocalDate.of(2015, 8, 31), 82, Map.of(POVERTY, new BigDecimal("41.0"), CRITERIA, new BigDecimal("5")));
        demo.evaluate(PROVINCE, huong, units.get(NA_TAU), "RECEIVING_UNIT", LocalDate.of(2016, 1, 1),
                LocalDate.of(2016, 12, 31), 86, Map.of(POVERTY, new BigDecimal("40.1")));
        demo.evaluate(PROVINCE, huong, units.get(NA_TAU), "RECEIVING_UNIT", LocalDate.of(2017, 1, 1),
                LocalDate.of(2017, 12, 31), 88, Map.of(POVERTY, new BigDecimal("38.5")));
        demo.evaluate(PROVINCE, huong, units.get(NA_TAU), "RECEIVING_UNIT", LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 9, 14), 88, Map.of(POVERTY, new BigDecimal("38.5"), CRITERIA, new BigDecimal("8")));
        demo.evaluate(PROVINCE, huong, units.get(OFFICE), "DECIDING_LEVEL", LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 12, 31), 89, Map.of());
    }
}
