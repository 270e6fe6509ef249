package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.policygraph.GraphCounts;
import org.policygraph.Http;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad input of every kind, each case a line of the specification: the answer is a 4xx problem whose detail
 * names the mistake (never a 500, never a stack trace), the graph holds exactly what it held before, and the
 * server goes on serving. Input that only looks hostile (Cypher in an article) is content like any other.
 */
class BadInputTest extends ApiTest {

    private static final String JSON = "application/json";
    private static final String TEXT = "text/plain";
    private static final String ARTICLE = "平遥县古陶镇与山西大学签署合作协议。";
    private static final String CYPHER = "x'}) DETACH DELETE n //";
    private static final String NEIGHBOURS = entityPath(LUGU) + "/neighbors";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Autowired
    Driver driver;

    /** One request and what it must be answered. */
    record Case(String name, String method, String path, String type, byte[] body, int status, String detail) {

        static Case get(String name, String path, int status, String detail) {
            return new Case(name, "GET", path, null, null, status, detail);
        }

        static Case post(String name, String path, String type, String body, int status, String detail) {
            return post(name, path, type, body.getBytes(StandardCharsets.UTF_8), status, detail);
        }

        static Case post(String name, String path, String type, byte[] body, int status, String detail) {
            return new Case(name, "POST", path, type, body, status, detail);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> postedArticles() {
        return Stream.concat(bodies("/api/articles"), Stream.of(
                Case.post("id climbing out with ../", "/api/articles", JSON,
                        "{\"id\": \"../../etc/passwd\", \"text\": \"%s\"}".formatted(ARTICLE), 400, "'..' part"),
                Case.post("id climbing out, URL-encoded in the query", "/api/articles?id=..%2F..%2Fetc%2Fpasswd", TEXT,
                        ARTICLE, 400, "id '../../etc/passwd' has an empty, '.' or '..' part"),
                Case.post("id with backslashes", "/api/articles", JSON,
                        "{\"id\": \"..\\\\..\\\\etc\\\\passwd\", \"text\": \"%s\"}".formatted(ARTICLE), 400, "backslash"),
                Case.post("id with a semicolon", "/api/articles?id=notes%3Bjsessionid", TEXT, ARTICLE, 400, "semicolon"),
                Case.post("id with an empty part", "/api/articles?id=notes//lugu", TEXT, ARTICLE, 400, "empty"),
                Case.post("Cypher-looking id ending in //", "/api/articles", JSON,
                        "{\"id\": \"%s\", \"text\": \"%s\"}".formatted(CYPHER, ARTICLE), 400, "empty, '.' or '..' part"),
                Case.post("id of 2,000 characters", "/api/articles?id=" + "n".repeat(2_000), TEXT, ARTICLE, 400,
                        "id has 2000 characters; at most 1000 are accepted"),
                Case.post("title of 600 characters", "/api/articles", JSON,
                        "{\"title\": \"%s\", \"text\": \"%s\"}".formatted("题".repeat(600), ARTICLE), 400,
                        "title has 600 characters; at most 500"),
                Case.post("control character in the title", "/api/articles", JSON,
                        "{\"title\": \"a\\u001bb\", \"text\": \"%s\"}".formatted(ARTICLE), 400,
                        "title has the control character U+001B at offset 1")));
    }

    static Stream<Case> previews() {
        return bodies("/api/extract");
    }

    /** What is wrong with a posted article, the same for a preview and for a write. */
    private static Stream<Case> bodies(String path) {
        byte[] notUtf8 = concat("晋城".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xff, (byte) 0xfe},
                "市".getBytes(StandardCharsets.UTF_8));
        byte[] cutShort = concat(ARTICLE.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xe6, (byte) 0x99});
        String deep = "[".repeat(100_000);
        return Stream.of(
                Case.post("empty JSON body", path, JSON, "", 400, "the request has no body"),
                Case.post("empty text body", path, TEXT, "", 400, "the request has no body"),
                Case.post("blank text body", path, TEXT, " \n\t ", 400, "text must not be empty"),
                Case.post("JSON without text", path, JSON, "{\"title\": \"只有标题\"}", 400, "text must not be empty"),
                Case.post("text null", path, JSON, "{\"text\": null}", 400, "text must not be empty"),
                Case.post("JSON cut short", path, JSON, "{\"text\": \"平遥县", 400, "the body is not valid JSON"),
                Case.post("not JSON at all", path, JSON, "DETACH DELETE n", 400, "the body is not valid JSON"),
                Case.post("text a number", path, JSON, "{\"text\": 5}", 400, "text must be a string"),
                Case.post("text a boolean", path, JSON, "{\"text\": true}", 400, "text must be a string"),
                Case.post("text an array", path, JSON, "{\"text\": [\"平遥县\"]}", 400, "text must be a string"),
                Case.post("text an object", path, JSON, "{\"text\": {\"zh\": \"平遥县\"}}", 400, "text must be a string"),
                Case.post("id a number", path, JSON, "{\"id\": 7, \"text\": \"%s\"}".formatted(ARTICLE), 400,
                        "id must be a string"),
                Case.post("an array of articles", path, JSON, "[{\"text\": \"%s\"}]".formatted(ARTICLE), 400,
                        "the body must be one JSON object"),
                Case.post("a JSON string", path, JSON, "\"%s\"".formatted(ARTICLE), 400, "the body must be one JSON object"),
                Case.post("publishedAt no date", path, JSON,
                        "{\"text\": \"%s\", \"publishedAt\": \"2024-13-45\"}".formatted(ARTICLE), 400,
                        "publishedAt must be a date like 2024-05-20"),
                Case.post("publishedAt a number", path, JSON,
                        "{\"text\": \"%s\", \"publishedAt\": 19000}".formatted(ARTICLE), 400,
                        "publishedAt must be a date like 2024-05-20"),
                Case.post("JSON that is not UTF-8", path, JSON,
                        concat("{\"text\": \"".getBytes(StandardCharsets.UTF_8), notUtf8, "\"}".getBytes(StandardCharsets.UTF_8)),
                        400, "the body is not valid JSON: Invalid UTF-8"),
                Case.post("text that is not UTF-8", path, TEXT, notUtf8, 400,
                        "the body is not valid UTF-8: the bytes at offset 6 are no character"),
                Case.post("text ending inside a character", path, TEXT, cutShort, 400, "the body is not valid UTF-8"),
                Case.post("100,000 [ as the body", path, JSON, deep, 400, "the body must be one JSON object"),
                Case.post("100,000 [ as the text", path, JSON, "{\"text\": " + deep, 400, "text must be a string"),
                Case.post("100,000 [ in a field nobody reads", path, JSON, "{\"text\": \"x\", \"extra\": " + deep, 400,
                        "nesting depth"),
                Case.post("raw control character in JSON", path, JSON, "{\"text\": \"平遥\u0001县\"}", 400,
                        "the body is not valid JSON: Illegal unquoted character"),
                Case.post("escaped NUL in the text", path, JSON, "{\"text\": \"平遥县\\u0000古陶镇\"}", 400,
                        "text has the control character U+0000 at offset 3"),
                Case.post("BEL in a text body", path, TEXT, "平遥县\u0007古陶镇", 400,
                        "text has the control character U+0007 at offset 3"),
                Case.post("half a surrogate pair", path, JSON, "{\"text\": \"平遥县\\ud800\"}", 400,
                        "text has half of a surrogate pair (U+D800) at offset 3"),
                Case.post("XML", path, "application/xml", "<article/>", 415, "application/xml"),
                Case.post("a form", path, "application/x-www-form-urlencoded", "text=x", 415,
                        "application/x-www-form-urlencoded"));
    }

    static Stream<Case> readParameters() {
        String cypher = query(CYPHER);
        return Stream.of(
                Case.get("search without q", "/api/search", 400, "'q'"),
                Case.get("search for blanks", "/api/search?q=%20%20", 400, "q must not be blank"),
                Case.get("q not UTF-8", "/api/search?q=%ff%fe", 400, "not percent-encoded UTF-8"),
                Case.get("q ending inside a character", "/api/search?q=%e6%99", 400, "not percent-encoded UTF-8"),
                Case.get("q of 100,000 characters", "/api/search?q=" + "q".repeat(100_000), 400,
                        "its headers are too large"),
                Case.get("search limit -1", "/api/search?q=x&limit=-1", 400, "limit must be between 1 and 500, was -1"),
                Case.get("search limit 2147483648", "/api/search?q=x&limit=2147483648", 400,
                        "limit must be a whole number from -2147483648 to 2147483647, was '2147483648'"),
                Case.get("search limit abc", "/api/search?q=x&limit=abc", 400, "limit must be a whole number"),
                Case.get("search offset -1", "/api/search?q=x&offset=-1", 400, "offset must be between 0"),
                Case.get("search offset 2147483648", "/api/search?q=x&offset=2147483648", 400,
                        "offset must be a whole number"),
                Case.get("search type unknown", "/api/search?q=x&type=Planet", 400, "unknown label 'Planet'"),
                Case.get("search type Cypher", "/api/search?q=x&type=" + cypher, 400, "unknown label"),
                Case.get("entity id without a type", "/api/entities/passwd", 400, "is not an entity id"),
                Case.get("entity id climbing out, encoded", "/api/entities/..%2F..%2Fetc%2Fpasswd", 400,
                        "the server cannot read the request"),
                Case.get("entity id with encoded backslashes", "/api/entities/place%3A%5C..%5Cx", 400,
                        "the server cannot read the request"),
                Case.get("entity id with NUL", "/api/entities/place%3A%00", 400, "the server cannot read the request"),
                Case.get("entity id not UTF-8", "/api/entities/place%3A%ff", 400, "the server cannot read the request"),
                Case.get("entity id of Cypher", entityPath("enterprise:x'}) MATCH (n) DETACH DELETE n RETURN 'x"), 404,
                        "no entity with id enterprise:x'}) MATCH (n) DETACH DELETE n RETURN 'x"),
                Case.get("depth -1", NEIGHBOURS + "?depth=-1", 400, "depth must be between 1 and 3, was -1"),
                Case.get("depth 0", NEIGHBOURS + "?depth=0", 400, "depth must be between 1 and 3, was 0"),
                Case.get("depth 2147483648", NEIGHBOURS + "?depth=2147483648", 400, "depth must be a whole number"),
                Case.get("depth abc", NEIGHBOURS + "?depth=abc", 400, "depth must be a whole number"),
                Case.get("neighbours limit 0", NEIGHBOURS + "?limit=0", 400, "limit must be between 1 and 500, was 0"),
                Case.get("neighbours limit 2147483647", NEIGHBOURS + "?limit=2147483647", 400,
                        "limit must be between 1 and 500, was 2147483647"),
                Case.get("direction unknown", NEIGHBOURS + "?direction=up", 400, "unknown direction 'up'"),
                Case.get("relationship type unknown", NEIGHBOURS + "?types=OWNS", 400,
                        "unknown relationship type 'OWNS'"),
                Case.get("relationship type Cypher", NEIGHBOURS + "?types=" + query("INVESTS_IN]-() DETACH DELETE n //"),
                        400, "unknown relationship type 'INVESTS_IN]-() DETACH DELETE n //'"),
                Case.get("label unknown", NEIGHBOURS + "?labels=Planet", 400, "unknown label 'Planet'"),
                Case.get("label Cypher", NEIGHBOURS + "?labels=" + query("Place:Entity) DETACH DELETE n //"), 400,
                        "unknown label"),
                Case.get("paths without to", "/api/paths?from=" + query(LUGU), 400, "'to'"),
                Case.get("paths from Cypher", "/api/paths?from=" + cypher + "&to=" + query(LUGU), 400,
                        "is not an entity id"),
                Case.get("paths to a Cypher-named entity", "/api/paths?from=" + query(LUGU) + "&to="
                        + query("enterprise:" + CYPHER), 404, "enterprise:" + CYPHER),
                Case.get("maxLength -1", "/api/paths?from=" + query(LUGU) + "&to=" + query(YEDI) + "&maxLength=-1", 400,
                        "maxLength must be between 1 and 6, was -1"),
                Case.get("maxLength 2147483648", "/api/paths?from=" + query(LUGU) + "&to=" + query(YEDI)
                        + "&maxLength=2147483648", 400, "maxLength must be a whole number"),
                Case.get("paths limit 51", "/api/paths?from=" + query(LUGU) + "&to=" + query(YEDI) + "&limit=51", 400,
                        "limit must be between 1 and 50, was 51"),
                Case.get("subgraph of no ids", "/api/subgraph?ids=,,,", 400, "ids must list 1 to 100 entity ids, had 0"),
                Case.get("subgraph of 101 ids", "/api/subgraph?ids=" + IntStream.range(0, 101)
                        .mapToObj(i -> "place:" + i).reduce((a, b) -> a + "," + b).orElseThrow(), 400, "had 101"),
                Case.get("subgraph of a Cypher id", "/api/subgraph?ids=" + cypher, 400, "is not an entity id"),
                Case.get("connectors maybe", "/api/subgraph?ids=" + query(LUGU) + "&connectors=maybe", 400,
                        "connectors must be true or false, was 'maybe'"),
                Case.get("articles of a Cypher entity", "/api/articles?entity=" + cypher, 400, "is not an entity id"),
                Case.get("articles from abc", "/api/articles?from=abc", 400, "from must be a date like 2024-05-20"),
                Case.get("articles to 2024-13-45", "/api/articles?to=2024-13-45", 400,
                        "to must be a date like 2024-05-20, was '2024-13-45'"),
                Case.get("articles limit 501", "/api/articles?limit=501", 400, "limit must be between 1 and 500"),
                Case.get("articles offset -1", "/api/articles?offset=-1", 400, "offset must be between 0"),
                Case.get("articles offset abc", "/api/articles?offset=abc", 400, "offset must be a whole number"),
                Case.get("article id climbing out", "/api/articles/%2e%2e/%2e%2e/etc/passwd", 404,
                        "no article with id ../../etc/passwd"),
                Case.get("article id climbing out, encoded", "/api/articles/..%2F..%2Fetc%2Fpasswd", 400,
                        "the server cannot read the request"));
    }

    @ParameterizedTest(name = "POST /api/articles: {0}")
    @MethodSource("postedArticles")
    void aBadArticleIsRefusedAndWritesNothing(Case bad) {
        assertRefusedWithoutTrace(bad, token());
    }

    @ParameterizedTest(name = "POST /api/extract: {0}")
    @MethodSource("previews")
    void aBadPreviewIsRefused(Case bad) {
        assertRefusedWithoutTrace(bad, null);
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("readParameters")
    void aBadReadParameterIsRefused(Case bad) {
        assertRefusedWithoutTrace(bad, null);
    }

    /**
     * Sent the way a plain client sends it, without asking first: the refusal comes as soon as the headers
     * are read, while the body is still being uploaded (Tomcat reads 8 MB of it, then closes the connection).
     */
    @Test
    void fiftyMegabytesAreRefusedBeforeBeingRead() throws Exception {
        var before = GraphCounts.of(driver);
        long size = 50L * 1024 * 1024;

        String answer;
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                    + "Authorization: Bearer " + token() + "\r\nContent-Length: " + size + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            var upload = new Thread(() -> upload(out, size));
            upload.setDaemon(true);
            upload.start();
            answer = readAnswer(socket.getInputStream());
        }

        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("the body has 52428800 bytes; at most 2097152 are accepted")
                .doesNotContain("Exception");
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
        assertServing();
    }

    private static void upload(OutputStream out, long size) {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        try {
            for (long sent = 0; sent < size; sent += chunk.length) {
                out.write(chunk);
            }
        } catch (IOException closedByTheServer) {
            // Expected: the server stops reading once it has refused the body.
        }
    }

    /** The response up to the end of its (chunked) body, or as much as arrived before the connection closed. */
    private static String readAnswer(InputStream in) {
        var answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
                if (answer.toString(StandardCharsets.UTF_8).contains("\r\n0\r\n\r\n")) {
                    break;
                }
            }
        } catch (IOException reset) {
            // What arrived before the reset is the answer.
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void cypherInAnArticleIsStoredAsTextAndNothingElse() {
        String id = "test/x'}) MATCH (n) DETACH DELETE n RETURN 'x";
        String text = "项目说明\n\n有人在留言里写了 %s ，这只是一段文字。".formatted(CYPHER);
        var before = GraphCounts.of(driver);

        var created = send("POST", "/api/articles?id=" + query(id), TEXT, text.getBytes(StandardCharsets.UTF_8), token());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(GraphCounts.of(driver)).isEqualTo(before.plusNodes("Article", 1));
        var stored = getJson(articlePath(id));
        assertThat(stored.at("/article/id").asString()).isEqualTo(id);
        assertThat(stored.get("text").asString()).contains(CYPHER);
        assertThat(send("DELETE", articlePath(id), null, null, token()).statusCode()).isEqualTo(204);
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    void searchingForCypherFindsNothingAndChangesNothing() {
        var before = GraphCounts.of(driver);

        assertThat(getJson("/api/search?q=" + query(CYPHER))).isEmpty();
        assertThat(getJson("/api/articles?q=" + query(CYPHER))).isEmpty();
        assertThat(getJson("/api/search?q=" + query("晋城\u0000"))).isNotNull();

        assertThat(GraphCounts.of(driver)).isEqualTo(before);
        assertServing();
    }

    /** A megabyte on one line, under the body limit, is an article like any other: one article, no entities. */
    @Test
    void aOneMegabyteLineIsPreviewedAndStoredAsOneArticle() {
        String line = "今年以来当地持续推进产业发展，群众收入稳步增长，".repeat(14_000);
        byte[] body = line.getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isBetween(1_000_000, 1_100_000);
        var before = GraphCounts.of(driver);

        var preview = send("POST", "/api/extract", TEXT, body, null);
        var created = send("POST", "/api/articles?id=test/one-line", TEXT, body, token());

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(GraphCounts.of(driver)).isEqualTo(before.plusNodes("Article", 1));
        var stored = getJson(articlePath("test/one-line"));
        assertThat(stored.at("/article/title").asString()).isEmpty();
        assertThat(stored.get("text").asString()).isEqualTo(line);
        assertThat(send("DELETE", articlePath("test/one-line"), null, null, token()).statusCode()).isEqualTo(204);
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    private void assertRefusedWithoutTrace(Case bad, String bearer) {
        var before = GraphCounts.of(driver);

        var response = send(bad.method(), bad.path(), bad.type(), bad.body(), bearer);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(bad.status());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        var problem = Http.json(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(bad.status());
        assertThat(problem.get("detail").asString()).contains(bad.detail());
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("\tat ");
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
        assertServing();
    }

    /** After any of it, a normal request gets its normal answer. */
    private void assertServing() {
        assertThat(ids(getJson("/api/search?q=" + query("芦谷农业")))).contains(LUGU);
    }

    private HttpResponse<String> send(String method, String pathAndQuery, String type, byte[] body, String bearer) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(method + " " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
