package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.policygraph.EmbeddedGraphTest;
import org.policygraph.Http;
import org.policygraph.PolicyGraphProperties;
import org.policygraph.SharedFiles;
import org.policygraph.extract.Document;
import org.policygraph.ingest.Ingestion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriUtils;

import tools.jackson.databind.JsonNode;

/**
 * Base of the API tests: the application on its embedded store with the samples, plus our own article
 * about 芦谷农业 (written for these tests: a fictional company in real places) and, where present, the real
 * page. Requests go over HTTP as a web client's would.
 */
abstract class ApiTest extends EmbeddedGraphTest {

    static final String LUGU = "enterprise:芦谷农业发展有限公司";
    /** A village is known by its county's code and its name. */
    static final String YEDI = "place:140525:冶底村";
    static final String ZEZHOU = "place:140525";
    /** The town the article names inside the government's name (泽州县南村镇政府). */
    static final String NANCUN = "place:140525100";
    static final String SXAU = "researchteam:山西农业大学";
    static final String LUGU_ARTICLE = "test/lugu-2024";

    static final String LUGU_INVESTS = LUGU + "|INVESTS_IN|" + YEDI;
    static final String LUGU_PARTNERS = LUGU + "|PARTNERS_WITH|" + SXAU;
    static final String YEDI_IN_ZEZHOU = YEDI + "|LOCATED_IN|" + ZEZHOU;

    static final String LUGU_TEXT = """
            2024年3月,泽州县南村镇政府邀请芦谷农业发展有限公司(以下简称“芦谷公司”)到泽州县冶底村考察。

            当年5月,芦谷公司投资1200万元,在冶底村建设芦笋种植基地。

            芦谷公司与山西农业大学签订合作协议,共建芦笋育种实验室。""";

    @LocalServerPort
    int port;

    @Autowired
    Ingestion ingestion;

    @Autowired
    PolicyGraphProperties properties;

    RestClient client;

    @BeforeEach
    void ownArticle() {
        client = RestClient.create("http://localhost:" + port);
        ingestion.ingest(new Document(LUGU_ARTICLE, "泽州县冶底村:芦谷农业带动村民增收", LUGU_TEXT, "示例日报",
                LocalDate.of(2024, 5, 20), "https://example.org/news/lugu"));
    }

    /** The real newspaper page, ingested once (unchanged articles are skipped); skips the test when absent. */
    void realPage() {
        try {
            String page = Files.readString(SharedFiles.page(), StandardCharsets.UTF_8);
            ingestion.ingest(Document.ofText("kexuedaobao-shanxi-2024-05", page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The token the first start generated into the data folder. */
    String token() {
        try {
            return Files.readString(properties.dataDir().resolve(ApiToken.FILE_NAME)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path with an id as one encoded segment: {@code /api/entities/place%3A140525}. */
    static String entityPath(String id) {
        return "/api/entities/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }

    /** Article ids may contain slashes, which stay path separators; everything else is encoded. */
    static String articlePath(String id) {
        return "/api/articles/" + UriUtils.encodePath(id, StandardCharsets.UTF_8).replace("#", "%23");
    }

    static String query(String value) {
        return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
    }

    ResponseEntity<String> get(String pathAndQuery) {
        return send(HttpMethod.GET, pathAndQuery, new HttpHeaders(), null, null);
    }

    JsonNode getJson(String pathAndQuery) {
        var response = get(pathAndQuery);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("GET " + pathAndQuery + " answered " + response.getStatusCode() + ": "
                    + response.getBody());
        }
        return Http.json(response.getBody());
    }

    ResponseEntity<String> post(String path, MediaType type, String body, String bearer) {
        return send(HttpMethod.POST, path, authorization(bearer), type, body);
    }

    ResponseEntity<String> delete(String path, String bearer) {
        return send(HttpMethod.DELETE, path, authorization(bearer), null, null);
    }

    ResponseEntity<String> send(HttpMethod method, String pathAndQuery, HttpHeaders headers, MediaType type,
                                String body) {
        var request = client.method(method).uri(URI.create("http://localhost:" + port + pathAndQuery))
                .headers(h -> h.addAll(headers));
        if (type != null) {
            request = request.contentType(type);
        }
        if (body != null) {
            request = request.body(body.getBytes(StandardCharsets.UTF_8));
        }
        return request.retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);
    }

    private static HttpHeaders authorization(String bearer) {
        var headers = new HttpHeaders();
        if (bearer != null) {
            headers.setBearerAuth(bearer);
        }
        return headers;
    }

    static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(item -> item.get("id").asString()).toList();
    }

    static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    /** An RFC 9457 problem of this status whose detail names the mistake, without a stack trace. */
    static void assertProblem(ResponseEntity<String> response, HttpStatus status, String detail) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        var problem = Http.json(response.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(status.value());
        assertThat(problem.get("detail").asString()).contains(detail);
        assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("trace");
    }
}
