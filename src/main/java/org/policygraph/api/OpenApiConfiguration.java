package org.policygraph.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}). Error answers are
 * the same problem document everywhere, so they are added to each operation here instead of beside each.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "PolicyGraph API", version = "1",
        description = "Chinese policy news as a knowledge graph: search entities, explore neighbourhoods and paths, "
                + "read the evidence. Graph answers have one shape ({nodes, relationships}) for D3, Cytoscape.js "
                + "and vis-network. Errors are RFC 9457 application/problem+json."))
@SecurityScheme(name = OpenApiConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The API token: POLICYGRAPH_API_TOKEN, or the one generated into <data-dir>/api-token")
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    private static final String PROBLEM = "application/problem+json";

    @Bean
    OperationCustomizer problemResponses() {
        return (operation, handler) -> {
            var responses = operation.getResponses();
            responses.addApiResponse("400", problem("Invalid parameter: out of range, unknown type or label, "
                    + "malformed id, or a result over the cap (narrow the query)"));
            responses.addApiResponse("404", problem("Unknown id"));
            responses.addApiResponse("503", problem("The query ran past the read timeout, or the database is down"));
            if (handler.hasMethodAnnotation(RequiresToken.class)) {
                responses.addApiResponse("401", problem("Missing or wrong API token"));
            }
            if (operation.getRequestBody() != null) {
                responses.addApiResponse("413", problem("Body larger than policygraph.api.max-body-size"));
                responses.addApiResponse("415", problem("Unsupported media type"));
            }
            return operation;
        };
    }

    private static ApiResponse problem(String description) {
        var schema = new Schema<>().$ref("#/components/schemas/ProblemDetail");
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM, new MediaType().schema(schema)));
    }
}
