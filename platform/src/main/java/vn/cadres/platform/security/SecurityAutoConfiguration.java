package vn.cadres.platform.security;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every service is a stateless JWT resource server: each request but health (and the configured
 * public paths) carries a bearer token whose {@code roles} and {@code province} claims say who acts.
 * Boot's {@code spring.security.oauth2.resourceserver.jwt.*} properties build the decoder
 * ({@code public-key-location} locally, {@code issuer-uri} or {@code jwk-set-uri} in production).
 *
 * <p>Runs before Boot's servlet and actuator security so that this filter chain is the only one:
 * theirs back off once a {@link SecurityFilterChain} exists. A service may still declare its own.
 */
@AutoConfiguration(
        after = OAuth2ResourceServerAutoConfiguration.class,
        before = {OAuth2ResourceServerWebSecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
                ServletWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties({OfficesProperties.class, PublicPathsProperties.class})
public class SecurityAutoConfiguration {

    /**
     * No observation around every security filter: under load it cost a tenth of a service's CPU
     * (measured with JFR at 200 commands/s); requests are still timed as http.server.requests.
     */
    @Bean
    public SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Whatever decoder verifies the tokens (Boot's, or a service's own) remembers what it verified. */
    @Bean
    static BeanPostProcessor verifiedTokens() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? new VerifiedTokens(decoder, Clock.systemUTC()) : bean;
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain cadresSecurityFilterChain(HttpSecurity http, PublicPathsProperties publicPaths) {
        ProblemSecurityHandler problems = new ProblemSecurityHandler();
        List<String> open = publicPaths.publicPaths();
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> {
                    // The error dispatch only renders a failure already decided for the original request.
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll();
                    if (!open.isEmpty()) {
                        requests.requestMatchers(open.toArray(String[]::new)).permitAll();
                    }
                    // Metrics and the other operations endpoints hold no records, but are operations' alone.
                    requests.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Role.ADMIN.name());
                    // Deny by default: a token that grants no role we know reaches nothing. Each
                    // endpoint then narrows this to the roles it declares (AllowedRoles).
                    requests.anyRequest().hasAnyRole(Role.names());
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new OfficeTokenConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @ConditionalOnMissingBean
    ProvinceAccess provinceAccess(OfficesProperties offices) {
        return new ProvinceAccess(offices);
    }

    @Bean
    WebMvcConfigurer actingOfficeParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActingOfficeArgumentResolver());
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new DeclaredRoles());
            }
        };
    }

    /** A service with an endpoint that names no roles does not start (see {@link AllowedRoles}). */
    @Bean
    ApplicationListener<ContextRefreshedEvent> everyEndpointNamesItsRoles() {
        return refreshed -> refreshed.getApplicationContext().getBeansOfType(RequestMappingHandlerMapping.class)
                .values().forEach(mapping -> DeclaredRoles.requireDeclared(mapping.getHandlerMethods()));
    }

    /** The API description names each operation's roles ({@code x-roles}), from {@link AllowedRoles}. */
    @Bean
    OperationCustomizer declaredRolesInTheApiDescription() {
        return (operation, handler) -> {
            Set<Role> roles = DeclaredRoles.of(handler);
            if (!roles.isEmpty()) {
                List<String> names = roles.stream().map(Role::name).toList();
                operation.addExtension(DeclaredRoles.API_EXTENSION, names);
                String roleLine = "Roles: " + String.join(", ", names) + ".";
                operation.setDescription(operation.getDescription() == null ? roleLine
                        : operation.getDescription() + "\n\n" + roleLine);
            }
            return operation;
        };
    }

    /**
     * A token must expire: one without {@code exp} would be valid for ever. Boot's decoder applies
     * every validator bean besides its own (signature, issuer, audience, time window).
     */
    @Bean
    OAuth2TokenValidator<Jwt> tokensExpire() {
        return new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull);
    }
}
