package vn.cadres.platform.security;

import java.util.Objects;
import vn.cadres.contracts.ProvinceCode;

/**
 * The rule of who may write and read which province's records: an organisation office writes only
 * its own province, and only where this deployment accepts that province; the other roles write
 * nothing and read every province's records of the endpoints that admit them ({@link AllowedRoles}). Controllers call it with the record's province before
 * sending a command or answering a query.
 */
public class ProvinceAccess {

    private final OfficesProperties offices;

    public ProvinceAccess(OfficesProperties offices) {
        this.offices = Objects.requireNonNull(offices, "offices");
    }

    /** @throws ProvinceAccessDenied unless {@code office} may write records of {@code province} */
    public void requireWrite(ActingOffice office, ProvinceCode province) {
        Objects.requireNonNull(province, "province");
        if (!office.has(Role.OFFICE)) {
            throw new ProvinceAccessDenied(province, office.subject() + " " + office.roles()
                    + " may not write records of province " + province + ": only its organisation office may");
        }
        if (!office.isOfficeOf(province)) {
            throw new ProvinceAccessDenied(province,
                    "office " + office.province() + " may not write records of province " + province);
        }
        if (!offices.accepts(province)) {
            throw new ProvinceAccessDenied(province, "this deployment does not accept records of province "
                    + province + "; it accepts " + String.join(", ", offices.acceptedProvinces()));
        }
    }

    /**
     * @throws ProvinceAccessDenied unless {@code office} may read records of {@code province}: an
     *                              organisation office its own province's, any other role the
     *                              endpoint admitted ({@link AllowedRoles}) every province's
     */
    public void requireRead(ActingOffice office, ProvinceCode province) {
        Objects.requireNonNull(province, "province");
        readScope(office, province);
    }

    /**
     * The province a read of {@code asked} (null: every province the caller may read) covers.
     *
     * @return {@code asked} for a role that reads every province; an office's own province
     * @throws ProvinceAccessDenied for an office asking for another province, or a caller with no role
     */
    public static ProvinceCode readScope(ActingOffice office, ProvinceCode asked) {
        if (office.roles().stream().anyMatch(role -> role != Role.OFFICE)) {
            return asked;
        }
        if (office.has(Role.OFFICE) && (asked == null || asked.equals(office.province()))) {
            return office.province();
        }
        ProvinceCode denied = asked != null ? asked : ProvinceCode.of("ALL");
        throw new ProvinceAccessDenied(denied, office.has(Role.OFFICE)
                ? "office " + office.province() + " may not read records of province " + denied
                : office.subject() + " holds no role that reads records");
    }
}
