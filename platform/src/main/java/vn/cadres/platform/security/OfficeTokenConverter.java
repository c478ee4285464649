package vn.cadres.platform.security;

import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified JWT into an authentication with {@code ROLE_*} authorities from its
 * {@code roles} claim. A token whose claims make no sense (an OFFICE without a province, a
 * malformed province code) is rejected here with 401, rather than failing later in a controller.
 */
public class OfficeTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        ActingOffice office;
        try {
            office = ActingOffice.from(token);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidBearerTokenException(invalid.getMessage(), invalid);
        }
        List<GrantedAuthority> authorities = office.roles().stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return new JwtAuthenticationToken(token, authorities, office.subject());
    }
}
