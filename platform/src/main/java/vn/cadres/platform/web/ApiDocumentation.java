package vn.cadres.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI description every service serves at /v3/api-docs and shows at /swagger-ui. */
final class ApiDocumentation {

    private static final String BEARER = "bearer-jwt";

    private ApiDocumentation() {
    }

    static OpenAPI of(String service) {
        return new OpenAPI()
                .info(new Info().title(service)
                        .description("Luân chuyển cán bộ: " + service + ". Every call needs a bearer JWT (roles OFFICE "
                                + "with its province, AUDITOR, VIEWER, ADMIN; locally: ./token.sh ROLE [PROVINCE]). "
                                + "Errors are RFC 9457 problem+json."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
