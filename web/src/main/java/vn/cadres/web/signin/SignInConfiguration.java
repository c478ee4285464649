package vn.cadres.web.signin;

import jakarta.servlet.DispatcherType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in through the identity provider (OpenID Connect, authorization code with PKCE) and which pages
 * each role may open. The tokens stay in the server-side session; the browser holds only the session
 * cookie (HttpOnly, SameSite=Lax), and every form carries a CSRF token. Signing out ends the provider's
 * session too, and the provider's end of a session (back-channel logout) ends ours. A page a role may not open answers the "not allowed" page with 403, never data.
 */
@Configuration
public class SignInConfiguration {

    /** The provider's client registration (spring.security.oauth2.client.registration.cadres). */
    public static final String REGISTRATION = "cadres";

    @Bean
    SecurityFilterChain pages(HttpSecurity http, ClientRegistrationRepository clients) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(
                clients, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler endProviderSession = new OidcClientInitiatedLogoutSuccessHandler(clients);
        endProviderSession.setPostLogoutRedirectUri("{baseUrl}/signed-out");

        http.authorizeHttpRequests(pages -> pages
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/signed-out",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/operations/**").hasRole(WebRole.ADMIN.name())
                        .requestMatchers("/history/**").hasAnyRole(WebRole.AUDITOR.name(), WebRole.OFFICE.name())
                        .requestMatchers("/cadres/**").hasAnyRole(WebRole.OFFICE.name(), WebRole.AUDITOR.name())
                        .requestMatchers("/programme/**", "/rotations/**", "/pool/**", "/key-posts/**",
                                "/terms/**", "/exports/**")
                                .hasAnyRole(WebRole.OFFICE.name(), WebRole.AUDITOR.name(), WebRole.VIEWER.name())
                        .requestMatchers("/", "/not-allowed").authenticated()
                        .anyRequest().denyAll())
                .oauth2Login(login -> login
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(rolesFromTheIdToken())))
                .logout(logout -> logout.logoutSuccessHandler(endProviderSession))
                // The provider tells us when a person's session ends there (signed out elsewhere, ended by
                // an administrator): their session here ends too.
                .oidcLogout(logout -> logout.backChannel(Customizer.withDefaults()))
                .exceptionHandling(denied -> denied.accessDeniedHandler((request, response, exception) -> {
                    response.setStatus(403);
                    request.getRequestDispatcher("/not-allowed").forward(request, response);
                }));
        return http.build();
    }

    /**
     * The provider puts the person's roles in claim {@code roles} of the ID token (the same claim the
     * services read from the access token); each becomes an authority {@code ROLE_*}. Roles the
     * system does not know are dropped.
     */
    static GrantedAuthoritiesMapper rolesFromTheIdToken() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    List<String> names = oidc.getIdToken().getClaimAsStringList(SignedInUser.ROLES_CLAIM);
                    for (WebRole role : WebRole.values()) {
                        if (names != null && names.contains(role.name())) {
                            mapped.add(new SimpleGrantedAuthority(role.authority()));
                        }
                    }
                }
            }
            return mapped;
        };
    }
}
