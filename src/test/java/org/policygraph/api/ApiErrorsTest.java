package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.policygraph.graph.ReadTimeoutException;
import org.policygraph.graph.ResultTooLargeException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Every client mistake is a 4xx problem document that names the mistake; none leaks a stack trace. */
class ApiErrorsTest extends ApiTest {

    private static final String NEIGHBOURS = entityPath(LUGU) + "/neighbors";

    @Test
    void depthAboveTheMaximumIs400() {
        assertProblem(get(NEIGHBOURS + "?depth=4"), HttpStatus.BAD_REQUEST, "depth must be between 1 and 3, was 4");
    }

    @Test
    void depthThatIsNotANumberIs400() {
        assertProblem(get(NEIGHBOURS + "?depth=abc"), HttpStatus.BAD_REQUEST, "depth must be a whole number");
    }

    @Test
    void unknownRelationshipTypeIs400() {
        assertProblem(get(NEIGHBOURS + "?types=OWNS"), HttpStatus.BAD_REQUEST, "unknown relationship type 'OWNS'");
    }

    @Test
    void unknownLabelIs400() {
        assertProblem(get(NEIGHBOURS + "?labels=Planet"), HttpStatus.BAD_REQUEST, "unknown label 'Planet'");
        assertProblem(get("/api/search?q=x&type=Planet"), HttpStatus.BAD_REQUEST, "unknown label 'Planet'");
    }

    @Test
    void unknownDirectionIs400() {
        assertProblem(get(NEIGHBOURS + "?direction=up"), HttpStatus.BAD_REQUEST, "unknown direction 'up'");
    }

    @Test
    void malformedEntityIdIs400() {
        assertProblem(get(entityPath("芦谷农业发展有限公司")), HttpStatus.BAD_REQUEST, "is not an entity id");
        assertProblem(get("/api/subgraph?ids=" + query(LUGU + ",company:x")), HttpStatus.BAD_REQUEST,
                "'company:x' is not an entity id");
    }

    @Test
    void missingParameterIs400() {
        assertProblem(get("/api/search"), HttpStatus.BAD_REQUEST, "'q'");
        assertProblem(get("/api/paths?from=" + query(LUGU)), HttpStatus.BAD_REQUEST, "'to'");
    }

    @Test
    void limitOutOfRangeIs400() {
        assertProblem(get("/api/search?q=x&limit=0"), HttpStatus.BAD_REQUEST, "limit must be between 1 and 500");
        assertProblem(get(NEIGHBOURS + "?limit=501"), HttpStatus.BAD_REQUEST, "limit must be between 1 and 500");
    }

    @Test
    void pathFromAnEntityToItselfIs400() {
        assertProblem(get("/api/paths?from=" + query(LUGU) + "&to=" + query(LUGU)), HttpStatus.BAD_REQUEST,
                "same entity");
    }

    @Test
    void unknownIdsAre404() {
        assertProblem(get(entityPath("enterprise:没有这家公司")), HttpStatus.NOT_FOUND, "enterprise:没有这家公司");
        assertProblem(get(entityPath("enterprise:没有这家公司") + "/neighbors"), HttpStatus.NOT_FOUND, "没有这家公司");
        assertProblem(get("/api/paths?from=" + query(LUGU) + "&to=" + query("place:999999")), HttpStatus.NOT_FOUND,
                "place:999999");
        assertProblem(get("/api/subgraph?ids=" + query(LUGU + ",place:999999")), HttpStatus.NOT_FOUND, "place:999999");
        assertProblem(get("/api/articles?entity=" + query("place:999999")), HttpStatus.NOT_FOUND, "place:999999");
        assertProblem(get(articlePath("test/never-posted")), HttpStatus.NOT_FOUND, "test/never-posted");
        assertProblem(delete(articlePath("test/never-posted"), token()), HttpStatus.NOT_FOUND, "test/never-posted");
    }

    @Test
    void unknownPathUnderTheApiIs404() {
        assertProblem(get("/api/nothing-here"), HttpStatus.NOT_FOUND, "");
    }

    @Test
    void wrongMethodIs405() {
        assertProblem(send(HttpMethod.PUT, "/api/stats", new HttpHeaders(), null, null),
                HttpStatus.METHOD_NOT_ALLOWED, "PUT");
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(post("/api/extract", MediaType.APPLICATION_JSON, "{\"text\": ", null), HttpStatus.BAD_REQUEST,
                "the body is not valid JSON: Unexpected end-of-input");
    }

    @Test
    void anArticleWithoutTextIs400() {
        assertProblem(post("/api/extract", MediaType.APPLICATION_JSON, "{\"title\": \"只有标题\"}", null),
                HttpStatus.BAD_REQUEST, "text must not be empty");
    }

    @Test
    void unsupportedMediaTypeIs415() {
        assertProblem(post("/api/extract", MediaType.APPLICATION_XML, "<article/>", null),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "application/xml");
    }

    @Test
    void writingWithoutTheTokenIs401() {
        var response = post("/api/articles", MediaType.TEXT_PLAIN, "芦谷公司投资1200万元。", null);

        assertProblem(response, HttpStatus.UNAUTHORIZED, "Authorization: Bearer");
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
    }

    @Test
    void writingWithAWrongTokenIs401AndChangesNothing() {
        assertProblem(post("/api/articles?id=test/intruder", MediaType.TEXT_PLAIN,
                "2024年,黑石矿业有限公司投资100万元,在沁县建设仓库。", "not-" + token()), HttpStatus.UNAUTHORIZED, "");
        assertProblem(delete(articlePath(LUGU_ARTICLE), "guess"), HttpStatus.UNAUTHORIZED, "");

        assertThat(get(articlePath("test/intruder")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(articlePath(LUGU_ARTICLE)).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void bodyAboveTheLimitIs413() {
        String tooLong = "芦谷公司投资1200万元。".repeat(150_000);

        assertProblem(post("/api/extract", MediaType.TEXT_PLAIN, tooLong, null), HttpStatus.CONTENT_TOO_LARGE,
                "at most 2097152 are accepted");
    }

    @Test
    void browsersFromOtherOriginsGetNoCorsPermissionByDefault() {
        var headers = new HttpHeaders();
        headers.setOrigin("https://dashboard.example.org");

        var response = send(HttpMethod.GET, "/api/stats", headers, null, null);

        assertThat(response.getHeaders().getAccessControlAllowOrigin()).isNull();
    }

    @Test
    void aResultOverTheCapIsAnsweredAsANarrowYourQueryProblem() {
        var problem = new ApiErrors().tooLarge(new ResultTooLargeException(2000));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).contains("more than 2000 results; narrow the query");
    }

    @Test
    void aReadPastTheTimeoutIsAnswered503() {
        var answer = new ApiErrors().timedOut(new ReadTimeoutException(Duration.ofSeconds(5), null));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(answer.getBody().getDetail()).contains("read timeout of 5000 ms");
    }
}
