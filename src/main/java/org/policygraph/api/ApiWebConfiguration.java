package org.policygraph.api;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.policygraph.PolicyGraphProperties;
import org.policygraph.graph.ExportLimits;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * Write protection, CORS, strict JSON, problem bodies for Tomcat's own errors and the length of streamed
 * downloads for {@code /api}. Only when serving: the ingest command builds the same application without a
 * web server and needs no token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiWebConfiguration implements WebMvcConfigurer {

    private final ApiProperties api;
    private final PolicyGraphProperties application;
    private final ExportLimits export;

    ApiWebConfiguration(ApiProperties api, PolicyGraphProperties application, ExportLimits export) {
        this.api = api;
        this.application = application;
        this.export = export;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var token = ApiToken.configuredOrStored(api.token(), application.dataDir());
        registry.addInterceptor(new WriteAccess(token, api.maxBodySize().toBytes())).addPathPatterns("/api/**");
    }

    /**
     * Exports are the only asynchronous answers (streamed bodies). The container would end them after its
     * default of 30 seconds; they may last as long as their read transaction.
     */
    @Override
    public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
        configurer.setDefaultTimeout(export.timeout().toMillis());
    }

    /**
     * Posted JSON is taken as written: {@code {"text": 5}} is a client's mistake (400), not the text "5", and
     * {@code {"publishedAt": 19000}} is no date, not a day counted from 1970.
     */
    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .defaultLeniency(false);
    }

    /**
     * Errors Tomcat answers before the application (malformed paths, headers too large) as problem+json too.
     * Ordered last, so it replaces the HTML error valve that Spring Boot installs.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
        return factory -> factory.addContextCustomizers(context -> {
            var host = (StandardHost) context.getParent();
            // Otherwise the host adds Tomcat's HTML valve at start, in front of this one.
            host.setErrorReportValveClass("");
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ProblemReportValve());
        });
    }

    /** Browsers may call the API from the configured origins only; none is allowed unless configured. */
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (!api.corsOrigins().isEmpty()) {
            registry.addMapping("/api/**")
                    .allowedOrigins(api.corsOrigins().toArray(String[]::new))
                    .allowedMethods("GET", "POST", "DELETE")
                    .allowedHeaders("Authorization", "Content-Type");
        }
    }
}
