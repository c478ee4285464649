package vn.cadres.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * Enforces {@link AllowedRoles}: before an endpoint of ours runs, the caller must hold one of the
 * roles it declares. Endpoints of the frameworks (the API description) are governed by the filter
 * chain alone; the error dispatch only renders a failure already decided.
 */
final class DeclaredRoles implements HandlerInterceptor {

    /** The extension of an operation in the API description that lists its roles. */
    static final String API_EXTENSION = "x-roles";
    /** Our controllers: the services' and the platform's. */
    static final String OUR_PACKAGES = "vn.cadres.";

    /** The roles of each endpoint, looked up once rather than on every request. */
    private final Map<Method, Set<Role>> declared = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() == DispatcherType.ERROR || !(handler instanceof HandlerMethod method)
                || !ours(method)) {
            return true;
        }
        Set<Role> allowed = declared.computeIfAbsent(method.getMethod(), m -> of(method));
        Set<Role> held = rolesOf(SecurityContextHolder.getContext().getAuthentication());
        if (allowed.stream().noneMatch(held::contains)) {
            throw new AccessDeniedException(held.isEmpty() ? "the token grants no role this service knows"
                    : "this endpoint is for " + allowed + ", not " + held);
        }
        return true;
    }

    /** The roles an endpoint declares; empty when it declares none (and then nobody may call it). */
    static Set<Role> of(HandlerMethod method) {
        AllowedRoles declared = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), AllowedRoles.class);
        if (declared == null) {
            declared = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), AllowedRoles.class);
        }
        return declared == null || declared.value().length == 0 ? Set.of()
                : EnumSet.copyOf(Arrays.asList(declared.value()));
    }

    static boolean ours(HandlerMethod method) {
        return method.getBeanType().getName().startsWith(OUR_PACKAGES);
    }

    /**
     * @throws IllegalStateException naming every endpoint of ours that declares no role, so a
     *                               service with one does not start
     */
    static void requireDeclared(Map<RequestMappingInfo, HandlerMethod> endpoints) {
        List<String> undeclared = endpoints.entrySet().stream()
                .filter(endpoint -> ours(endpoint.getValue()) && of(endpoint.getValue()).isEmpty())
                .map(endpoint -> endpoint.getKey() + " (" + endpoint.getValue().getShortLogMessage() + ")")
                .sorted()
                .toList();
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException("every endpoint must name the roles that may call it with @AllowedRoles; "
                    + "these name none: " + String.join(", ", undeclared));
        }
    }

    private static Set<Role> rolesOf(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (authentication == null) {
            return roles;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
