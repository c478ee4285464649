package vn.cadres.platform.security;

import org.springframework.security.access.AccessDeniedException;
import vn.cadres.contracts.ProvinceCode;

/**
 * The caller may not touch this province's records (answered 403). A Spring Security
 * {@link AccessDeniedException}, so it is treated as one wherever it is thrown.
 */
public class ProvinceAccessDenied extends AccessDeniedException {

    private final ProvinceCode province;

    public ProvinceAccessDenied(ProvinceCode province, String detail) {
        super(detail);
        this.province = province;
    }

    public ProvinceCode province() {
        return province;
    }
}
