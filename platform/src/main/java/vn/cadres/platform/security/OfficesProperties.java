package vn.cadres.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.cadres.contracts.ProvinceCode;

/**
 * Which provinces' records this deployment accepts, so one shared deployment for every office
 * ({@code *}) and one deployment per provincial office ({@code HN}) run the same code.
 *
 * @param acceptedProvinces {@code cadres.offices.accepted-provinces}: province codes, or {@code *}
 *                          for all
 */
@ConfigurationProperties("cadres.offices")
public record OfficesProperties(@DefaultValue("*") List<String> acceptedProvinces) {

    public static final String ALL = "*";

    public OfficesProperties {
        acceptedProvinces = acceptedProvinces.stream().map(String::trim).toList();
        // Fail at start-up on a typo rather than refuse every write later.
        acceptedProvinces.stream().filter(code -> !ALL.equals(code)).forEach(ProvinceCode::of);
    }

    public boolean accepts(ProvinceCode province) {
        return acceptedProvinces.contains(ALL) || acceptedProvinces.contains(province.value());
    }
}
