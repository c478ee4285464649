package vn.cadres.web.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class VietnameseOrderTest {

    @Test
    void names_sort_as_a_vietnamese_reader_expects() {
        List<String> sorted = new VietnameseOrder().sortBy(List.of("Đặng Văn Bình", "Ánh Hồng", "Dương Thị Mai", "An Văn Tú"),
                Function.identity());
        assertThat(sorted).containsExactly("An Văn Tú", "Ánh Hồng", "Dương Thị Mai", "Đặng Văn Bình");
    }
}
