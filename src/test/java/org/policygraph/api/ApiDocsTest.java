package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The OpenAPI description lists every endpoint, documents its errors, and Swagger UI serves it. */
class ApiDocsTest extends ApiTest {

    @Test
    void everyEndpointIsDescribed() {
        var paths = getJson("/v3/api-docs").get("paths");

        assertThat(paths.propertyNames()).containsExactlyInAnyOrder("/api/stats", "/api/search",
                "/api/entities/{id}", "/api/entities/{id}/neighbors", "/api/paths", "/api/subgraph",
                "/api/articles", "/api/articles/{id}", "/api/extract", "/api/export");
        assertThat(paths.at("/~1api~1articles").propertyNames()).containsExactlyInAnyOrder("get", "post");
        assertThat(paths.at("/~1api~1articles~1{id}").propertyNames()).containsExactlyInAnyOrder("get", "delete");
    }

    @Test
    void parametersHaveDescriptionsAndExamples() {
        var depth = getJson("/v3/api-docs").at("/paths/~1api~1entities~1{id}~1neighbors/get/parameters/1");

        assertThat(depth.get("name").asString()).isEqualTo("depth");
        assertThat(depth.get("description").asString()).isNotBlank();
        assertThat(depth.get("example").asInt()).isEqualTo(2);
    }

    @Test
    void exportListsItsFileTypesAndErrors() {
        var export = getJson("/v3/api-docs").at("/paths/~1api~1export/get");

        assertThat(export.at("/responses/200/content").propertyNames()).containsExactlyInAnyOrder(
                "application/graphml+xml", "application/json", "application/zip", "text/csv");
        assertThat(export.get("responses").propertyNames()).contains("400", "404");
        assertThat(export.at("/parameters/0/example").asString()).isEqualTo("graphml");
    }

    @Test
    void writesDeclareTheTokenAndTheirErrors() {
        var post = getJson("/v3/api-docs").at("/paths/~1api~1articles/post");

        assertThat(post.at("/security/0").propertyNames()).containsExactly("bearer");
        assertThat(post.get("responses").propertyNames()).contains("401", "413", "415", "400");
        assertThat(post.at("/responses/401/content").propertyNames()).containsExactly("application/problem+json");
    }

    @Test
    void swaggerUiLoads() {
        var page = get("/swagger-ui/index.html");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Swagger UI");
    }
}
