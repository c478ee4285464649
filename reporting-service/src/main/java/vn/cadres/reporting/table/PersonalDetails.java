package vn.cadres.reporting.table;

import java.util.List;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.Role;

/**
 * Who may see a cadre's personal details in a table (the birth date): the office that keeps the
 * records and auditors, not the Standing Committee's dashboards (viewers).
 */
public final class PersonalDetails {

    /** The column of a table that only readers of personal details may see or sort by. */
    public static final String BIRTH_DATE = "birthDate";

    private PersonalDetails() {
    }

    public static boolean shownTo(ActingOffice office) {
        return office.has(Role.OFFICE) || office.has(Role.AUDITOR);
    }

    /** The sortable columns for the reader: no order by a birth date they may not see, as the order would tell it. */
    public static List<String> sortable(List<String> columns, boolean personal) {
        return personal ? columns : columns.stream().filter(c -> !c.equals(BIRTH_DATE)).toList();
    }
}
