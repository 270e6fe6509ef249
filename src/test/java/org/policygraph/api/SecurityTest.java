package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.policygraph.GraphCounts;
import org.policygraph.Http;
import org.policygraph.embedded.EmbeddedNeo4j;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What an attacker on the machine or the network meets: writes need the token and nothing else opens them,
 * the token file is the owner's alone, HTTP and Bolt listen on loopback only, the actuator shows health and
 * info only, and bodies are bounded.
 */
class SecurityTest extends ApiTest {

    @Autowired
    Driver driver;

    @Autowired
    EmbeddedNeo4j database;

    @Autowired
    Environment environment;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointThatChangesTheGraphNeedsTheToken() {
        var changing = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);
        var writes = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getKey().getPatternValues().stream().anyMatch(p -> p.startsWith("/api/")))
                .filter(e -> e.getKey().getMethodsCondition().getMethods().stream().anyMatch(changing::contains))
                // A preview extracts and writes nothing.
                .filter(e -> !e.getKey().getPatternValues().contains("/api/extract"))
                .toList();

        assertThat(writes).extracting(e -> e.getValue().getMethod().getName())
                .containsExactlyInAnyOrder("ingest", "ingestText", "delete");
        assertThat(writes).allSatisfy(e -> assertThat(e.getValue().hasMethodAnnotation(RequiresToken.class))
                .as(e.getKey().toString()).isTrue());
    }

    /** Each way of not having the token, against each write. */
    static Stream<Arguments> wrongCredentials() {
        List<Function<String, String>> credentials = List.of(
                token -> null,
                token -> "Bearer ",
                token -> "Bearer not-the-token",
                token -> "Bearer " + token.substring(0, token.length() - 1),
                token -> "Bearer " + token + "x",
                token -> token,
                token -> "Basic " + Base64.getEncoder().encodeToString(("policygraph:" + token).getBytes(StandardCharsets.UTF_8)),
                token -> "Bearer " + token.toUpperCase(Locale.ROOT));
        List<String> names = List.of("no Authorization header", "an empty bearer token", "a wrong token",
                "the token less its last character", "the token and one more character", "the token without Bearer",
                "the token as Basic credentials", "the token in capitals");
        return Stream.of(HttpMethod.POST, HttpMethod.DELETE).flatMap(method -> IntStream.range(0, credentials.size())
                .mapToObj(i -> Arguments.argumentSet(method + " with " + names.get(i), method, credentials.get(i))));
    }

    @ParameterizedTest
    @MethodSource("wrongCredentials")
    void aWriteWithoutTheRightTokenIs401AndChangesNothing(HttpMethod method, Function<String, String> credentials) {
        var before = GraphCounts.of(driver);
        var headers = new HttpHeaders();
        String authorization = credentials.apply(token());
        if (authorization != null) {
            headers.set(HttpHeaders.AUTHORIZATION, authorization);
        }

        var response = method == HttpMethod.POST
                ? send(method, "/api/articles?id=test/intruder", headers, MediaType.TEXT_PLAIN,
                        "2024年,黑石矿业有限公司投资100万元,在沁县建设仓库。")
                : send(method, articlePath(LUGU_ARTICLE), headers, null, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(Http.json(response.getBody()).get("detail").asString()).contains("Authorization: Bearer");
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    void theTokenFileIsReadableByItsOwnerOnly() throws IOException {
        var file = properties.dataDir().resolve(ApiToken.FILE_NAME);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void httpListensOnLoopbackOnly() {
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertListensOnlyOn127001(port);
    }

    /** Bolt has no authentication in embedded mode; only the loopback address keeps other machines out. */
    @Test
    void boltListensOnLoopbackOnly() {
        assertThat(database.boltUri().getHost()).isEqualTo("127.0.0.1");
        assertListensOnlyOn127001(database.boltPort());
    }

    @Test
    void theActuatorShowsHealthAndInfoOnly() {
        var links = getJson("/actuator").get("_links");

        assertThat(links.propertyNames()).containsExactlyInAnyOrder("self", "health", "health-path", "info");
        assertThat(get("/actuator/health").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/actuator/info").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"env", "beans", "heapdump", "threaddump", "configprops", "loggers", "mappings", "metrics",
            "conditions", "scheduledtasks", "shutdown"})
    void otherActuatorEndpointsDoNotExist(String endpoint) {
        assertThat(get("/actuator/" + endpoint).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(send(HttpMethod.POST, "/actuator/" + endpoint, new HttpHeaders(), null, null).getStatusCode())
                .isIn(HttpStatus.NOT_FOUND, HttpStatus.METHOD_NOT_ALLOWED);
    }

    /** A body of unknown length could be endless; it is refused before it is read. */
    @Test
    void aChunkedBodyIs411() throws Exception {
        byte[] article = "2024年,黑石矿业有限公司投资100万元,在沁县建设仓库。".getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/extract"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(article)))
                .build();

        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(411);
        assertThat(Http.json(response.body()).get("detail").asString()).contains("Content-Length");
    }

    /** Bound to 127.0.0.1, not to every address: another loopback address (127.0.0.2) finds nothing there. */
    private static void assertListensOnlyOn127001(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
        } catch (IOException e) {
            throw new AssertionError("nothing listens on 127.0.0.1:" + port, e);
        }
        assertThatThrownBy(() -> {
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.2", port), 2_000);
            }
        }).isInstanceOf(ConnectException.class);
    }
}
