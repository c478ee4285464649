package vn.cadres.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The code of a province or centrally-run city (tỉnh / thành phố trực thuộc trung ương), such as
 * {@code HN} (Hà Nội), {@code LS} (Lạng Sơn), {@code HP} (Hải Phòng), {@code DB} (Điện Biên).
 * It identifies the organisation office that owns a record. Which province a code names on a date,
 * its official name and what it became on 1 July 2025 are in
 * {@link vn.cadres.contracts.province.Provinces}: a province formed then keeps the code of the old one
 * whose name it keeps (TQ), so a code is read with the date of its record.
 */
public record ProvinceCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2,4}");

    public ProvinceCode {
        Objects.requireNonNull(value, "province code");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a province code is 2 to 4 capital letters, not '" + value + "'");
        }
    }

    @JsonCreator
    public static ProvinceCode of(String value) {
        return new ProvinceCode(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
