package vn.cadres.contracts.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cadres.contracts.ProvinceCode;

/** The reference data checked against Resolution 202/2025/QH15 and the codes the system already uses. */
class ProvincesTest {

    private static final LocalDate LAST_DAY_OF_63 = LocalDate.of(2025, 6, 30);
    private static final LocalDate FIRST_DAY_OF_34 = LocalDate.of(2025, 7, 1);
    private static final Provinces PROVINCES = Provinces.reference();

    private static ProvinceCode code(String code) {
        return ProvinceCode.of(code);
    }

    private static List<String> names(List<Province> provinces) {
        return provinces.stream().map(Province::shortName).toList();
    }

    private static Map<ProvinceKind, Long> kinds(List<Province> provinces) {
        return provinces.stream().collect(Collectors.groupingBy(Province::kind, Collectors.counting()));
    }

    @Test
    void sixty_three_until_30_june_2025_and_thirty_four_from_1_july() {
        assertThat(PROVINCES.asOf(LAST_DAY_OF_63)).hasSize(63);
        assertThat(kinds(PROVINCES.asOf(LAST_DAY_OF_63)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(ProvinceKind.CITY, 6L, ProvinceKind.PROVINCE, 57L));
        assertThat(PROVINCES.asOf(FIRST_DAY_OF_34)).hasSize(34);
        assertThat(kinds(PROVINCES.asOf(FIRST_DAY_OF_34)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(ProvinceKind.CITY, 6L, ProvinceKind.PROVINCE, 28L));
        assertThat(PROVINCES.asOf(LocalDate.of(2026, 12, 3))).isEqualTo(PROVINCES.asOf(FIRST_DAY_OF_34));
    }

    @Test
    void hue_was_a_province_until_2024_and_a_centrally_run_city_from_2025() {
        assertThat(PROVINCES.asOf(LocalDate.of(2014, 7, 1))).hasSize(63);
        assertThat(PROVINCES.byCode(code("TTH"), LocalDate.of(2024, 12, 31))).get()
                .returns("Tỉnh Thừa Thiên Huế", Province::officialName).returns(ProvinceKind.PROVINCE, Province::kind);
        assertThat(PROVINCES.byCode(code("HUE"), LocalDate.of(2025, 1, 1))).get()
                .returns("Thành phố Huế", Province::officialName).returns(ProvinceKind.CITY, Province::kind);
        assertThat(kinds(PROVINCES.asOf(LocalDate.of(2024, 12, 31))).get(ProvinceKind.CITY)).isEqualTo(5L);
    }

    @Test
    void every_old_province_has_exactly_one_successor_formed_from_it() {
        List<Province> theNew = PROVINCES.asOf(FIRST_DAY_OF_34);
        for (Province old : PROVINCES.asOf(LAST_DAY_OF_63)) {
            assertThat(theNew.stream().filter(formed -> formed.formedFrom().contains(old.code())))
                    .as("provinces formed from %s", old.shortName()).hasSize(1)
                    .containsExactly(PROVINCES.successorOf(old).orElseThrow());
        }
    }

    @Test
    void every_new_province_is_formed_from_old_ones_and_together_from_all_63() {
        List<Province> predecessors = PROVINCES.asOf(FIRST_DAY_OF_34).stream()
                .flatMap(formed -> PROVINCES.formedFrom(formed).stream()).toList();
        assertThat(predecessors).allSatisfy(old -> assertThat(old.validTo()).isEqualTo(LAST_DAY_OF_63));
        assertThat(predecessors).containsExactlyInAnyOrderElementsOf(PROVINCES.asOf(LAST_DAY_OF_63));
    }

    @Test
    void eleven_provinces_are_unchanged() {
        List<Province> unchanged = PROVINCES.asOf(FIRST_DAY_OF_34).stream()
                .filter(formed -> formed.formedFrom().equals(List.of(formed.code()))).toList();
        assertThat(names(unchanged)).containsExactly("Cao Bằng", "Điện Biên", "Hà Nội", "Hà Tĩnh", "Huế", "Lai Châu",
                "Lạng Sơn", "Nghệ An", "Quảng Ninh", "Sơn La", "Thanh Hóa");
        assertThat(unchanged).allSatisfy(formed -> assertThat(PROVINCES.formedFrom(formed)).singleElement()
                .returns(formed.officialName(), Province::officialName).returns(formed.kind(), Province::kind));
    }

    @Test
    void twenty_three_are_formed_by_merger_as_resolution_202_says() {
        Map<String, List<String>> mergers = PROVINCES.asOf(FIRST_DAY_OF_34).stream()
                .filter(formed -> formed.formedFrom().size() > 1)
                .collect(Collectors.toMap(Province::shortName, formed -> names(PROVINCES.formedFrom(formed))));
        assertThat(mergers).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("Tuyên Quang", List.of("Hà Giang", "Tuyên Quang")),
                Map.entry("Lào Cai", List.of("Lào Cai", "Yên Bái")),
                Map.entry("Thái Nguyên", List.of("Bắc Kạn", "Thái Nguyên")),
                Map.entry("Phú Thọ", List.of("Hòa Bình", "Phú Thọ", "Vĩnh Phúc")),
                Map.entry("Bắc Ninh", List.of("Bắc Giang", "Bắc Ninh")),
                Map.entry("Hưng Yên", List.of("Hưng Yên", "Thái Bình")),
                Map.entry("Hải Phòng", List.of("Hải Dương", "Hải Phòng")),
                Map.entry("Ninh Bình", List.of("Hà Nam", "Nam Định", "Ninh Bình")),
                Map.entry("Quảng Trị", List.of("Quảng Bình", "Quảng Trị")),
                Map.entry("Đà Nẵng", List.of("Đà Nẵng", "Quảng Nam")),
                Map.entry("Quảng Ngãi", List.of("Kon Tum", "Quảng Ngãi")),
                Map.entry("Gia Lai", List.of("Bình Định", "Gia Lai")),
                Map.entry("Khánh Hòa", List.of("Khánh Hòa", "Ninh Thuận")),
                Map.entry("Lâm Đồng", List.of("Bình Thuận", "Đắk Nông", "Lâm Đồng")),
                Map.entry("Đắk Lắk", List.of("Đắk Lắk", "Phú Yên")),
                Map.entry("Hồ Chí Minh", List.of("Bà Rịa - Vũng Tàu", "Bình Dương", "Hồ Chí Minh")),
                Map.entry("Đồng Nai", List.of("Bình Phước", "Đồng Nai")),
                Map.entry("Tây Ninh", List.of("Long An", "Tây Ninh")),
                Map.entry("Cần Thơ", List.of("Cần Thơ", "Hậu Giang", "Sóc Trăng")),
                Map.entry("Vĩnh Long", List.of("Bến Tre", "Trà Vinh", "Vĩnh Long")),
                Map.entry("Đồng Tháp", List.of("Đồng Tháp", "Tiền Giang")),
                Map.entry("Cà Mau", List.of("Bạc Liêu", "Cà Mau")),
                Map.entry("An Giang", List.of("An Giang", "Kiên Giang"))));
        assertThat(mergers.values().stream().mapToInt(List::size).sum()).as("old provinces merged").isEqualTo(52);
    }

    @Test
    void the_codes_the_system_already_uses_keep_their_meaning() {
        Map<String, String> inUse = Map.ofEntries(Map.entry("LS", "Lạng Sơn"), Map.entry("HN", "Hà Nội"),
                Map.entry("DB", "Điện Biên"), Map.entry("BK", "Bắc Kạn"), Map.entry("HP", "Hải Phòng"),
                Map.entry("NB", "Ninh Bình"), Map.entry("CB", "Cao Bằng"), Map.entry("YB", "Yên Bái"),
                Map.entry("TQ", "Tuyên Quang"), Map.entry("QN", "Quảng Ninh"), Map.entry("SL", "Sơn La"),
                Map.entry("TN", "Thái Nguyên"), Map.entry("PT", "Phú Thọ"), Map.entry("HG", "Hà Giang"),
                Map.entry("LC", "Lai Châu"));
        inUse.forEach((code, name) -> assertThat(PROVINCES.byCode(code(code), LocalDate.of(2020, 1, 1)))
                .as(code).get().returns(name, Province::shortName));
    }

    @Test
    void a_new_province_keeps_the_code_of_the_old_one_whose_name_it_keeps() {
        for (Province formed : PROVINCES.asOf(FIRST_DAY_OF_34)) {
            assertThat(PROVINCES.formedFrom(formed)).as(formed.shortName())
                    .filteredOn(old -> old.shortName().equals(formed.shortName())).singleElement()
                    .returns(formed.code(), Province::code);
        }
        assertThat(PROVINCES.byCode(code("TQ"))).get().returns(FIRST_DAY_OF_34, Province::validFrom);
        assertThat(PROVINCES.byCode(code("HG"))).get().returns(LAST_DAY_OF_63, Province::validTo);
    }

    @Test
    void a_code_names_one_province_on_any_date() {
        for (LocalDate date : List.of(LocalDate.of(2002, 1, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1),
                LAST_DAY_OF_63, FIRST_DAY_OF_34)) {
            List<ProvinceCode> codes = PROVINCES.asOf(date).stream().map(Province::code).toList();
            assertThat(codes).as("codes on %s", date).doesNotHaveDuplicates();
        }
        assertThat(PROVINCES.asOf(FIRST_DAY_OF_34).stream().map(Province::shortName)).doesNotHaveDuplicates();
    }

    @Test
    void a_record_of_a_merged_province_is_shown_under_its_successor_on_later_dates() {
        assertThat(PROVINCES.successorOn(code("HG"), LocalDate.of(2014, 7, 1))).get()
                .returns("Tỉnh Hà Giang", Province::officialName);
        assertThat(PROVINCES.successorOn(code("HG"), FIRST_DAY_OF_34)).get()
                .returns(code("TQ"), Province::code).returns(FIRST_DAY_OF_34, Province::validFrom);
        assertThat(PROVINCES.successorOn(code("TTH"), LocalDate.of(2025, 3, 1))).get()
                .returns("Thành phố Huế", Province::officialName).returns(LAST_DAY_OF_63, Province::validTo);
        assertThat(PROVINCES.successorOn(code("TTH"), LocalDate.of(2026, 1, 1))).get()
                .returns(code("HUE"), Province::code).returns(null, Province::validTo);
        assertThat(PROVINCES.successorOn(code("LS"), LocalDate.of(2026, 1, 1))).get()
                .returns(FIRST_DAY_OF_34, Province::validFrom);
        assertThat(PROVINCES.successorOn(code("HUE"), LocalDate.of(2024, 1, 1))).as("before Huế was a city").isEmpty();
        assertThat(PROVINCES.successorOn(code("ZZ"), FIRST_DAY_OF_34)).isEmpty();
        assertThat(PROVINCES.isKnown(code("ZZ"))).isFalse();
    }

    @Test
    void names_are_written_in_full_with_their_diacritics() {
        Function<String, Province> today = code -> PROVINCES.byCode(code(code), FIRST_DAY_OF_34).orElseThrow();
        assertThat(today.apply("HN").officialName()).isEqualTo("Thành phố Hà Nội");
        assertThat(today.apply("LS").officialName()).isEqualTo("Tỉnh Lạng Sơn");
        assertThat(today.apply("DL").officialName()).isEqualTo("Tỉnh Đắk Lắk");
        assertThat(today.apply("HCM").shortName()).isEqualTo("Hồ Chí Minh");
        assertThat(PROVINCES.all()).allSatisfy(province -> {
            assertThat(province.officialName()).isEqualTo(
                    (province.kind() == ProvinceKind.CITY ? "Thành phố " : "Tỉnh ") + province.shortName());
            assertThat(Normalizer.isNormalized(province.officialName(), Normalizer.Form.NFC)).isTrue();
        });
    }

    @Test
    void lists_come_in_vietnamese_order() {
        assertThat(names(PROVINCES.asOf(FIRST_DAY_OF_34))).containsExactly("An Giang", "Bắc Ninh", "Cà Mau",
                "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Nội",
                "Hà Tĩnh", "Hải Phòng", "Hồ Chí Minh", "Huế", "Hưng Yên", "Khánh Hòa", "Lai Châu", "Lạng Sơn",
                "Lào Cai", "Lâm Đồng", "Nghệ An", "Ninh Bình", "Phú Thọ", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị",
                "Sơn La", "Tây Ninh", "Thái Nguyên", "Thanh Hóa", "Tuyên Quang", "Vĩnh Long");
        assertThat(names(PROVINCES.formedFrom(code("HCM"))))
                .containsExactly("Bà Rịa - Vũng Tàu", "Bình Dương", "Hồ Chí Minh");
    }

    @Test
    void reference_data_that_contradicts_itself_is_refused() {
        String header = Provinces.HEADER + "\n";
        String old = "HG,PROVINCE,Tỉnh Hà Giang,Hà Giang,,2025-06-30,,TQ\nTQ,PROVINCE,Tỉnh Tuyên Quang,Tuyên Quang,,2025-06-30,,TQ\n";
        assertThat(Provinces.read(new StringReader(header + old
                + "TQ,PROVINCE,Tỉnh Tuyên Quang,Tuyên Quang,2025-07-01,,TQ HG,\n")).asOf(FIRST_DAY_OF_34)).hasSize(1);
        assertThatThrownBy(() -> Provinces.read(new StringReader(header + old
                + "TQ,PROVINCE,Tỉnh Tuyên Quang,Tuyên Quang,2025-07-01,,TQ,\n")))
                .as("Hà Giang's successor does not say it was formed from it").hasMessageContaining("HG ends on");
        assertThatThrownBy(() -> Provinces.read(new StringReader(header + old
                + "TQ,PROVINCE,Tỉnh Tuyên Quang,Tuyên Quang,2025-06-01,,TQ HG,\n")))
                .as("two Tuyên Quangs in June 2025").hasMessageContaining("TQ names two provinces on one date");
        assertThatThrownBy(() -> Provinces.read(new StringReader(header + old
                + "TQ,PROVINCE,Tỉnh Tuyên Quang,Tuyên Quang,2025-07-01,,HG,\n")))
                .hasMessageContaining("reuses the code of a province it does not continue");
        assertThatThrownBy(() -> Provinces.read(new StringReader(header + "HG,PROVINCE,Tỉnh Hà Giang,Hà Giang,,\n")))
                .hasMessageContaining("line 2 has 6 fields");
    }

    @Test
    void every_code_ever_used_is_known() {
        Set<ProvinceCode> codes = PROVINCES.all().stream().map(Province::code).collect(Collectors.toSet());
        assertThat(codes).hasSize(64).allSatisfy(code -> assertThat(PROVINCES.isKnown(code)).isTrue());
    }
}
