package org.policygraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.Http;
import org.policygraph.PolicyGraphApplication;
import org.policygraph.embedded.EmbeddedNeo4j;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database going away under a running application and coming back. The database is a second Neo4j in
 * this JVM that the application reaches over Bolt by {@code policygraph.neo4j.uri}, as it would a server.
 */
class DatabaseOutageTest {

    private static final long PAGE_CACHE = 64L * 1024 * 1024;
    private static final String TOKEN = "outage-test-token";

    @Test
    void whileTheDatabaseIsDownRequestsAnswer503AndTheServiceResumesWhenItIsBack(@TempDir Path serverDir,
                                                                                @TempDir Path dataDir) throws Exception {
        var database = EmbeddedNeo4j.start(serverDir, 0, PAGE_CACHE);
        int boltPort = database.boltPort();
        try (var application = start(database, dataDir)) {
            var api = new ApiClient(application.getEnvironment().getProperty("local.server.port", Integer.class), TOKEN);
            var article = TemplateArticles.article("outage", 1);
            assertThat(api.send(api.post(article)).statusCode()).isEqualTo(201);
            String articlePath = "/api/articles/" + article.id();

            database.close();
            long start = System.nanoTime();
            var read = api.send(api.get(articlePath));
            var duration = Duration.ofNanos(System.nanoTime() - start);
            var health = api.send(api.get("/actuator/health"));
            var write = api.send(api.post(TemplateArticles.article("outage", 2)));

            assertThat(duration).isLessThan(Duration.ofSeconds(5));
            assertUnavailable(read);
            assertUnavailable(write);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(Http.json(health.body()).get("status").asString()).isEqualTo("DOWN");

            database = EmbeddedNeo4j.start(serverDir, boltPort, PAGE_CACHE);
            var resumed = awaitAnswer(api, articlePath);
            assertThat(resumed.statusCode()).isEqualTo(200);
            assertThat(Http.json(resumed.body()).at("/article/title").asString()).isEqualTo(article.title());
            assertThat(api.send(api.get("/actuator/health")).statusCode()).isEqualTo(200);
            assertThat(api.send(api.post(TemplateArticles.article("outage", 2))).statusCode()).isEqualTo(201);
        } finally {
            database.close();
        }
    }

    @Test
    void aDatabaseThatAcceptsConnectionsButNeverAnswersCostsARequestSecondsNotAMinute(@TempDir Path serverDir,
                                                                                    @TempDir Path dataDir) throws Exception {
        var database = EmbeddedNeo4j.start(serverDir, 0, PAGE_CACHE);
        try (var application = start(database, dataDir)) {
            var api = new ApiClient(application.getEnvironment().getProperty("local.server.port", Integer.class), TOKEN);
            database.close();
            // The kernel completes connections into this socket's backlog; nothing ever answers on them.
            try (var silent = new ServerSocket(database.boltPort(), 50, InetAddress.getLoopbackAddress())) {
                long start = System.nanoTime();
                var read = api.send(api.get("/api/stats"));
                var duration = Duration.ofNanos(System.nanoTime() - start);
                var health = api.send(api.get("/actuator/health"));

                assertUnavailable(read);
                assertThat(duration).isLessThan(Duration.ofSeconds(10));
                assertThat(health.statusCode()).isEqualTo(503);
            }
        }
    }

    private static void assertUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(Http.json(response.body()).get("title").asString()).isEqualTo("Database unavailable");
    }

    /** The first answer that is not 503, asking once a second for at most 30 s. */
    private static HttpResponse<String> awaitAnswer(ApiClient api, String path) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        var response = api.send(api.get(path));
        while (response.statusCode() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            response = api.send(api.get(path));
        }
        return response;
    }

    private static ConfigurableApplicationContext start(EmbeddedNeo4j database, Path dataDir) {
        return new SpringApplicationBuilder(PolicyGraphApplication.class).run("--server.port=0",
                "--policygraph.neo4j.uri=" + database.boltUri(), "--policygraph.data-dir=" + dataDir,
                "--policygraph.samples.load-on-start=false", "--policygraph.api.token=" + TOKEN,
                // A write retries for 30 s by default before it gives up; the test need not wait that long.
                "--spring.neo4j.max-transaction-retry-time=2s");
    }
}
