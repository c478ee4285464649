package vn.cadres.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The HTTP conventions every service shares: problem+json for every error and a cap on request
 * bodies. Runs before Boot's error handling so that Boot's HTML / JSON error controller backs off.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(HttpProperties.class)
public class WebAutoConfiguration {

    /** Early, ahead of security, so an oversized body is refused before any work is done on it. */
    static final int BODY_LIMIT_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 20;
    /** Before the security filters, so a refused request costs no token verification. */
    static final int ADMISSION_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
    /** First of all, so that an error answered by any later filter or endpoint without a body gets one. */
    static final int EMPTY_ERROR_BODIES_ORDER = Ordered.HIGHEST_PRECEDENCE;
    /** After the body limit, before security: text that is not text costs no token verification. */
    static final int PLAIN_REQUEST_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 30;

    /** A service that needs more replaces it, typically with a subclass. */
    @Bean
    @ConditionalOnMissingBean
    public OpenAPI apiDocumentation(@Value("${spring.application.name:service}") String service) {
        return ApiDocumentation.of(service);
    }

    @Bean
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    ApiExceptionHandler apiExceptionHandler() {
        return new ApiExceptionHandler();
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    FilterRegistrationBean<RequestAdmission> requestAdmission(HttpProperties properties) {
        FilterRegistrationBean<RequestAdmission> registration = new FilterRegistrationBean<>(
                new RequestAdmission(properties.maxConcurrentRequests(), properties.admissionWait()));
        registration.setOrder(ADMISSION_FILTER_ORDER);
        return registration;
    }

    /** Request bodies are read strictly: see {@link StrictJson}. */
    @Bean
    JsonMapperBuilderCustomizer strictRequestBodies() {
        return StrictJson::configure;
    }

    @Bean
    FilterRegistrationBean<PlainRequestFilter> plainRequestFilter() {
        FilterRegistrationBean<PlainRequestFilter> registration = new FilterRegistrationBean<>(new PlainRequestFilter());
        registration.setOrder(PLAIN_REQUEST_FILTER_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EmptyErrorBodies> emptyErrorBodies() {
        FilterRegistrationBean<EmptyErrorBodies> registration = new FilterRegistrationBean<>(new EmptyErrorBodies());
        registration.setOrder(EMPTY_ERROR_BODIES_ORDER);
        return registration;
    }

    /** Tomcat's own refusals (before any filter) answer problem+json too, not an HTML page. */
    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> ProblemErrorReportValve.installOn(context.getParent()));
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(HttpProperties properties) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(properties.maxBodySize().toBytes()));
        registration.setOrder(BODY_LIMIT_FILTER_ORDER);
        return registration;
    }
}
