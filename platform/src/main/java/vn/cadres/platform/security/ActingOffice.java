package vn.cadres.platform.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;
import vn.cadres.contracts.ProvinceCode;

/**
 * Who is acting on a request, as the verified token says: a controller takes it as a parameter
 * and hands it to {@link ProvinceAccess} before it writes or reads a province's records.
 *
 * @param subject  the token's {@code sub}: the user or system that called
 * @param roles    what the caller may do (claim {@code roles}; unknown names are ignored)
 * @param province the province an {@link Role#OFFICE} token is bound to (claim {@code province});
 *                 null for roles that are not bound to a province
 */
public record ActingOffice(String subject, Set<Role> roles, ProvinceCode province) {

    public static final String ROLES_CLAIM = "roles";
    public static final String PROVINCE_CLAIM = "province";
    /**
     * Actors of the system's own decisions (a scheduled sweep, say) start with this. Only the
     * service itself names them: a token whose subject starts with it is refused, so nobody can
     * act, or be recorded, as the system.
     */
    public static final String SYSTEM_ACTOR_PREFIX = "system:";

    public ActingOffice {
        Objects.requireNonNull(subject, "subject");
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        if (roles.contains(Role.OFFICE) && province == null) {
            throw new IllegalArgumentException("an OFFICE token must name its province");
        }
    }

    /**
     * Reads a verified token.
     *
     * @throws IllegalArgumentException when the token lacks a subject or names the system as its
     *                                  subject, an OFFICE token lacks its province, or the province
     *                                  is not a province code
     */
    public static ActingOffice from(Jwt token) {
        if (token.getSubject() == null || token.getSubject().isBlank()) {
            throw new IllegalArgumentException("the token has no subject");
        }
        if (token.getSubject().startsWith(SYSTEM_ACTOR_PREFIX)) {
            throw new IllegalArgumentException("a token may not act as the system (" + SYSTEM_ACTOR_PREFIX + "...)");
        }
        String province = token.getClaimAsString(PROVINCE_CLAIM);
        return new ActingOffice(token.getSubject(), rolesOf(token),
                province == null ? null : ProvinceCode.of(province));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True for the organisation office of exactly this province. */
    public boolean isOfficeOf(ProvinceCode recordProvince) {
        return has(Role.OFFICE) && recordProvince.equals(province);
    }

    private static Set<Role> rolesOf(Jwt token) {
        List<String> names = token.hasClaim(ROLES_CLAIM) ? token.getClaimAsStringList(ROLES_CLAIM) : List.of();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (names.contains(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }
}
