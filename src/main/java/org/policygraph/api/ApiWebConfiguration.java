package org.policygraph.api;

import org.policygraph.PolicyGraphProperties;
import org.policygraph.graph.ExportLimits;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Write protection, CORS and the length of streamed downloads for {@code /api}. Only when serving: the ingest command builds the same
 * application without a web server and needs no token.
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
