package vn.cadres.web.signin;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is signed in, as the identity provider's ID token says: a name to greet, the roles that decide
 * which pages exist for them, and the province of an organisation office.
 *
 * @param name     the person's full name in Vietnamese order, family name first ("Hoàng Văn Minh", from
 *                 claims {@code family_name} and {@code given_name}), or their username
 * @param roles    the system's roles the person holds
 * @param province the province code of an office, null for the other roles
 */
public record SignedInUser(String name, Set<WebRole> roles, String province) {

    public static final String ROLES_CLAIM = "roles";
    public static final String PROVINCE_CLAIM = "province";

    public static SignedInUser of(Authentication authentication) {
        OidcUser user = (OidcUser) authentication.getPrincipal();
        String name = String.join(" ", Stream.of(user.getFamilyName(), user.getGivenName())
                .filter(part -> part != null && !part.isBlank()).toList());
        if (name.isEmpty()) {
            name = user.getPreferredUsername();
        }
        return new SignedInUser(name, rolesOf(authentication.getAuthorities()), user.getClaimAsString(PROVINCE_CLAIM));
    }

    public boolean has(WebRole role) {
        return roles.contains(role);
    }

    /** Offices, auditors and the Standing Committee read the programme's reports. */
    public boolean readsReports() {
        return hasAny(WebRole.OFFICE, WebRole.AUDITOR, WebRole.VIEWER);
    }

    /** Offices (their province's) and auditors read personal records and their history. */
    public boolean readsRecords() {
        return hasAny(WebRole.OFFICE, WebRole.AUDITOR);
    }

    /** Operations: processors, replays, dead letters. */
    public boolean operates() {
        return has(WebRole.ADMIN);
    }

    /** True when the person holds any of these roles. */
    public boolean hasAny(WebRole... any) {
        return List.of(any).stream().anyMatch(roles::contains);
    }

    private static Set<WebRole> rolesOf(Collection<? extends GrantedAuthority> authorities) {
        Set<WebRole> roles = EnumSet.noneOf(WebRole.class);
        for (WebRole role : WebRole.values()) {
            if (authorities.stream().anyMatch(a -> a.getAuthority().equals(role.authority()))) {
                roles.add(role);
            }
        }
        return roles;
    }
}
