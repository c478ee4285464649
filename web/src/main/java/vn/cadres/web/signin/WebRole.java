package vn.cadres.web.signin;

/**
 * The system's roles, as the identity provider grants them (claim {@code roles}). The services decide
 * what each may read and write; the web application only uses them to show each person their pages
 * and to hide what their role may not use.
 */
public enum WebRole {
    /** A province's organisation office: writes and reads its own province's records. */
    OFFICE,
    /** An inspection commission: reads every province's records and history, changes nothing. */
    AUDITOR,
    /** The Standing Committee: the programme's figures and reports. */
    VIEWER,
    /** Operations: processors, replays, dead letters. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
