package vn.cadres.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an endpoint: on a controller method, or on its class for all its methods
 * (the method's wins). Deny by default: a service refuses to start while one of its endpoints
 * declares none, and a caller with none of the roles gets 403 before the endpoint runs. Which
 * province's records a role reaches is then {@link ProvinceAccess}'s rule.
 *
 * <p>The roles are also written into the API description ({@code x-roles} on each operation), so
 * the role matrix is documented where the endpoint is.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AllowedRoles {

    Role[] value();
}
