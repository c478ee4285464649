package vn.cadres.platform.security;

import java.util.Objects;
import vn.cadres.contracts.ProvinceCode;

/**
 * The rule of who may write and read which province's records: an organisation office writes only
 * its own province, and only where this deployment accepts that province; auditors, viewers and
 * admins read everything and write nothing. Controllers call it with the record's province before
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

    /** @throws ProvinceAccessDenied unless {@code office} may read records of {@code province} */
    public void requireRead(ActingOffice office, ProvinceCode province) {
        Objects.requireNonNull(province, "province");
        if (office.has(Role.AUDITOR) || office.has(Role.VIEWER) || office.has(Role.ADMIN)
                || office.isOfficeOf(province)) {
            return;
        }
        String who = office.has(Role.OFFICE) ? "office " + office.province() : office.subject();
        throw new ProvinceAccessDenied(province, who + " may not read records of province " + province);
    }
}
