package vn.cadres.contracts.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VietnameseOrderTest {

    private static List<String> sorted(List<String> names) {
        List<String> shuffled = new ArrayList<>(names);
        Collections.shuffle(shuffled, new Random(20250701));
        shuffled.sort(VietnameseOrder.names());
        return shuffled;
    }

    @Test
    void letters_with_marks_are_letters_of_their_own_after_their_base() {
        List<String> alphabet = List.of("a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n",
                "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y");
        assertThat(sorted(alphabet)).containsExactlyElementsOf(alphabet);
        assertThat(sorted(List.of("Đà Nẵng", "Dương", "Điện Biên", "Bình Định", "Bình Dương")))
                .containsExactly("Bình Dương", "Bình Định", "Dương", "Đà Nẵng", "Điện Biên");
    }

    @Test
    void tones_come_after_letters_in_the_order_ngang_huyen_hoi_nga_sac_nang() {
        List<String> tones = List.of("ha", "hà", "hả", "hã", "há", "hạ", "hac");
        assertThat(sorted(tones)).containsExactlyElementsOf(tones);
    }

    @Test
    void names_compare_syllable_by_syllable_so_ha_nam_comes_before_hai_duong() {
        List<String> names = List.of("Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang",
                "Hòa Bình", "Hồ Chí Minh", "Huế", "Hưng Yên");
        assertThat(sorted(names)).containsExactlyElementsOf(names);
        assertThat(sorted(List.of("Bạc Liêu", "Bà Rịa - Vũng Tàu", "Bắc Giang")))
                .containsExactly("Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang");
    }

    @Test
    void a_name_typed_decomposed_sorts_where_its_composed_form_does() {
        String decomposed = Normalizer.normalize("Hà Nội", Normalizer.Form.NFD);
        assertThat(sorted(List.of("Hải Phòng", decomposed, "Hà Giang")))
                .containsExactly("Hà Giang", decomposed, "Hải Phòng");
    }
}
