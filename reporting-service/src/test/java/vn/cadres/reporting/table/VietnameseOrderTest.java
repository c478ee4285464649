package vn.cadres.reporting.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseOrderTest {

    /** A tone mark decides only between names otherwise equal: "Ánh Thị" before "Anh Văn", T before V. */
    private static final List<String> IN_ORDER = List.of("Ánh Thị Hồng", "Anh Văn Tú", "Ánh Văn Tú", "Ăn Văn Hai", "Âu Thị Mai",
            "Bùi Văn Cường", "Dương Thị Lan", "Đặng Văn Hải", "Ông Văn Ba", "Ơn Thị Bốn");

    @Test
    void names_sort_as_a_vietnamese_reader_looks_them_up_by_their_keys_as_the_database_compares_them() {
        List<String> shuffled = new ArrayList<>(IN_ORDER.reversed());

        shuffled.sort(Comparator.comparing(VietnameseOrder::key));

        assertThat(shuffled).as("Đ after D, Á among the A's, Ă and Â after A, Ơ after Ô").isEqualTo(IN_ORDER);
    }

    @Test
    void the_comparator_of_texts_sorted_after_reading_agrees_with_the_keys() {
        List<String> shuffled = new ArrayList<>(IN_ORDER.reversed());

        shuffled.sort(VietnameseOrder.TEXTS);

        assertThat(shuffled).isEqualTo(IN_ORDER);
    }

    @Test
    void a_plain_byte_order_would_put_the_marked_letters_after_z() {
        List<String> bytes = new ArrayList<>(IN_ORDER);

        bytes.sort(Comparator.naturalOrder());

        assertThat(bytes).as("why the keys exist").isNotEqualTo(IN_ORDER);
    }
}
