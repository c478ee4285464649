package vn.cadres.platform.security;

import java.util.Arrays;

/**
 * What a caller may do, carried in the JWT claim {@code roles} and granted as the Spring authority
 * {@code ROLE_<name>}.
 */
public enum Role {

    /**
     * A provincial organisation office (Ban Tổ chức): registers cadres, decides rotations, records
     * evaluations; writes only its own province's records (claim {@code province}).
     */
    OFFICE,

    /**
     * An inspection commission or the central organisation commission: reads every province's
     * records and full history, writes nothing.
     */
    AUDITOR,

    /** A Standing Committee dashboard: reads read-model projections only. */
    VIEWER,

    /** Operates the system, for example replays that rebuild read models; writes no records. */
    ADMIN;

    /** Every role's name, as Spring Security's role checks take them. */
    public static String[] names() {
        return Arrays.stream(values()).map(Role::name).toArray(String[]::new);
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
