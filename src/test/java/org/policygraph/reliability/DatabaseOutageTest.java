package org.policygraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.policygraph.ApplicationProcess;
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
    /** Enough articles that the run is still writing when the database goes away, even on a fast machine. */
    private static final int CORPUS = 1500;

    @Test
    void whileTheDatabaseIsDownRequestsAnswer503AndTheServiceResumesWhenItIsBack(
            @TempDir Path serverDir, @TempDir Path dataDir) throws Exception {
        var database = EmbeddedNeo4j.start(serverDir, 0, PAGE_CACHE);
        int boltPort = database.boltPort();
        try (var application = start(database, dataDir)) {
            var api = api(application);
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
            long back = System.nanoTime();
            var resumed = awaitAnswer(api, articlePath);
            System.out.printf("Database stopped: a read answered 503 in %d ms; back: the first read answered %d after"
                    + " %d ms%n", duration.toMillis(), resumed.statusCode(), (System.nanoTime() - back) / 1_000_000);
            assertThat(resumed.statusCode()).isEqualTo(200);
            assertThat(Http.json(resumed.body()).at("/article/title").asString()).isEqualTo(article.title());
            assertThat(api.send(api.get("/actuator/health")).statusCode()).isEqualTo(200);
            assertThat(api.send(api.post(TemplateArticles.article("outage", 2))).statusCode()).isEqualTo(201);
        } finally {
            database.close();
        }
    }

    @Test
    void aDatabaseThatAcceptsConnectionsButNeverAnswersCostsARequestSecondsNotAMinute(
            @TempDir Path serverDir, @TempDir Path dataDir) throws Exception {
        try (var database = EmbeddedNeo4j.start(serverDir, 0, PAGE_CACHE);
             var application = start(database, dataDir)) {
            var api = api(application);
            database.close();
            // The kernel completes connections into this socket's backlog; nothing ever answers on them.
            try (var silent = new ServerSocket(database.boltPort(), 50, InetAddress.getLoopbackAddress())) {
                long start = System.nanoTime();
                var read = api.send(api.get("/api/stats"));
                var duration = Duration.ofNanos(System.nanoTime() - start);
                var health = api.send(api.get("/actuator/health"));

                System.out.printf("Database silent: a read answered %d after %d ms%n", read.statusCode(),
                        duration.toMillis());
                assertUnavailable(read);
                assertThat(duration).isLessThan(Duration.ofSeconds(10));
                assertThat(health.statusCode()).isEqualTo(503);
            }
        }
    }

    @Test
    void anIngestRunThatLosesItsDatabaseNamesWhatItDidNotWriteAndRunningItAgainCompletesTheGraph(
            @TempDir Path serverDir, @TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("news.jsonl");
        Files.write(corpus, IntStream.range(0, CORPUS).mapToObj(n -> TemplateArticles.article("news", n).json())
                .toList());
        var database = EmbeddedNeo4j.start(serverDir, 0, PAGE_CACHE);
        int boltPort = database.boltPort();
        try {
            Process interrupted = ingest(corpus, database, dir.resolve("interrupted.log"));
            awaitArticles(database, interrupted);
            database.close();
            assertThat(interrupted.waitFor(90, TimeUnit.SECONDS)).as("the interrupted run ends").isTrue();
            assertThat(interrupted.exitValue()).isEqualTo(1);
            assertThat(Files.readString(dir.resolve("interrupted.log"))).contains("the database became unreachable");
            var failed = failedNames(dir.resolve("interrupted.log"));

            database = EmbeddedNeo4j.start(serverDir, boltPort, PAGE_CACHE);
            var stored = articleIds(database);
            assertThat(stored).as("written before the outage").isNotEmpty();
            assertThat(failed).as("named as failed: at least every article the graph lacks")
                    .containsAll(corpusIds().stream().filter(id -> !stored.contains(id)).toList());

            Process rerun = ingest(corpus, database, dir.resolve("rerun.log"));
            assertThat(rerun.waitFor(90, TimeUnit.SECONDS)).as("the second run ends").isTrue();
            assertThat(rerun.exitValue()).isZero();
            assertThat(Files.readString(dir.resolve("rerun.log")))
                    .contains("articles: %d new, 0 updated, %d unchanged; documents failed: 0"
                            .formatted(CORPUS - stored.size(), stored.size()));
            assertThat(articleIds(database)).containsExactlyInAnyOrderElementsOf(corpusIds());
        } finally {
            database.close();
        }
    }

    private static void assertUnavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(Http.json(response.body()).get("title").asString()).isEqualTo("Database unavailable");
    }

    /** The first answer that is not 503, asking once a second for at most 30 s. */
    private static HttpResponse<String> awaitAnswer(ApiClient api, String path)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        var response = api.send(api.get(path));
        while (response.statusCode() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            response = api.send(api.get(path));
        }
        return response;
    }

    /** The ingest command in its own JVM, writing to {@code database}; it retries a lost database for 3 s, not 30. */
    private static Process ingest(Path corpus, EmbeddedNeo4j database, Path log) throws IOException {
        return ApplicationProcess.builder(Map.of("NEO4J_URI", database.boltUri().toString(),
                        "SPRING_NEO4J_MAX_TRANSACTION_RETRY_TIME", "3s"), "ingest", corpus.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until the run has written some articles, so the database goes away in the middle of it. */
    private static void awaitArticles(EmbeddedNeo4j database, Process run) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (articleIds(database).isEmpty()) {
            assertThat(run.isAlive()).as("the run is still going").isTrue();
            assertThat(System.nanoTime()).as("the run writes within 90 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static Set<String> articleIds(EmbeddedNeo4j database) {
        try (var driver = GraphDatabase.driver(database.boltUri(), AuthTokens.none())) {
            return driver.executableQuery("MATCH (a:Article) RETURN a.id AS id").execute().records().stream()
                    .map(r -> r.get("id").asString()).collect(Collectors.toSet());
        }
    }

    /** The documents the summary lists as {@code failed <name>: <reason>}. */
    private static List<String> failedNames(Path log) throws IOException {
        return Files.readAllLines(log).stream().map(String::strip).filter(line -> line.startsWith("failed "))
                .map(line -> line.substring("failed ".length(), line.indexOf(": "))).toList();
    }

    private static List<String> corpusIds() {
        return IntStream.range(0, CORPUS).mapToObj(n -> TemplateArticles.article("news", n).id()).toList();
    }

    private static ApiClient api(ConfigurableApplicationContext application) {
        return new ApiClient(application.getEnvironment().getProperty("local.server.port", Integer.class), TOKEN);
    }

    private static ConfigurableApplicationContext start(EmbeddedNeo4j database, Path dataDir) {
        return new SpringApplicationBuilder(PolicyGraphApplication.class).run("--server.port=0",
                "--policygraph.neo4j.uri=" + database.boltUri(), "--policygraph.data-dir=" + dataDir,
                "--policygraph.samples.load-on-start=false", "--policygraph.api.token=" + TOKEN,
                // A write retries for 30 s by default before it gives up; the test need not wait that long.
                "--spring.neo4j.max-transaction-retry-time=2s");
    }
}
