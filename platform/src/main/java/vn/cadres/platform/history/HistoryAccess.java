package vn.cadres.platform.history;

import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.ProvinceAccessDenied;
import vn.cadres.platform.security.Role;

/**
 * Who reads the full history: auditors (inspection commissions) every province's; an organisation
 * office its own province's only. Dashboards and operators read projections, not personal
 * histories. Nobody writes through it.
 */
public final class HistoryAccess {

    private HistoryAccess() {
    }

    /**
     * The province whose history {@code office} reads when it asks for {@code asked} (null: all it may).
     *
     * @return null for every province (auditors), or the one province
     * @throws ProvinceAccessDenied for another province's history or a role that reads none
     */
    public static ProvinceCode province(ActingOffice office, ProvinceCode asked) {
        if (office.has(Role.AUDITOR)) {
            return asked;
        }
        if (office.has(Role.OFFICE) && (asked == null || asked.equals(office.province()))) {
            return office.province();
        }
        ProvinceCode denied = asked != null ? asked : ProvinceCode.of("ALL");
        throw new ProvinceAccessDenied(denied, office.has(Role.OFFICE)
                ? "office " + office.province() + " may not read the history of province " + asked
                : office.subject() + " " + office.roles() + " may not read the event history: auditors and "
                + "organisation offices do");
    }

    /** @throws ProvinceAccessDenied unless {@code office} may read the history of {@code province} */
    public static void requireRead(ActingOffice office, ProvinceCode province) {
        province(office, province);
    }
}
