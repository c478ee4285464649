package vn.cadres.reporting;

import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.ProvinceAccessDenied;
import vn.cadres.platform.security.Role;

/**
 * Whose reports a caller reads: dashboards (viewers), auditors and administrators any province's and
 * the whole country's; an organisation office its own province's, which a report without a
 * province then shows.
 */
public final class ReportAccess {

    private ReportAccess() {
    }

    /**
     * @return the province to report on, or null for the whole country
     * @throws ProvinceAccessDenied for another province's reports
     */
    public static ProvinceCode province(ActingOffice office, ProvinceCode asked) {
        if (office.has(Role.VIEWER) || office.has(Role.AUDITOR) || office.has(Role.ADMIN)) {
            return asked;
        }
        if (office.has(Role.OFFICE) && (asked == null || asked.equals(office.province()))) {
            return office.province();
        }
        throw new ProvinceAccessDenied(asked == null ? ProvinceCode.of("ALL") : asked,
                office.subject() + " may not read the reports of " + (asked == null ? "every province" : asked));
    }
}
