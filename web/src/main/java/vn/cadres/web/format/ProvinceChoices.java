package vn.cadres.web.format;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.contracts.province.Province;
import vn.cadres.contracts.province.Provinces;

/**
 * The provinces every list and form offers, from the reference data (contracts' {@link Provinces}):
 * today's 34 first, then the 63 of before 1 July 2025 that records back-filled from those years still
 * name. Used from templates as {@code @provinces}.
 */
@Component("provinces")
public class ProvinceChoices {

    private static final LocalDate BEFORE_THE_MERGER = LocalDate.of(2025, 6, 30);

    /** One group of a province list: its label's message key and its provinces, in Vietnamese order. */
    public record Group(String label, List<Province> provinces) {
    }

    private final Provinces reference = Provinces.reference();

    public List<Group> choices() {
        List<Province> today = reference.asOf(LocalDate.now(Formats.VIETNAM));
        List<Province> before = reference.asOf(BEFORE_THE_MERGER).stream()
                .filter(old -> today.stream().noneMatch(current -> current.code().equals(old.code())))
                .toList();
        return List.of(new Group("province.today", today), new Group("province.beforeMerger", before));
    }

    /** A province's short name ("Lạng Sơn") for a code; the code itself if the reference lacks it. */
    public String name(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        try {
            return reference.byCode(ProvinceCode.of(code)).map(Province::shortName).orElse(code);
        } catch (IllegalArgumentException notACode) {
            return code;
        }
    }
}
