package org.policygraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.policygraph.ApplicationProcess;
import org.policygraph.reliability.TemplateArticles.Article;

/**
 * The server killed with SIGKILL while clients post articles, then started again on the same store: the API
 * acknowledges a write only after its transaction committed, so every acknowledged article is there, once
 * and whole.
 */
class KilledServerTest {

    private static final int CLIENTS = 8;
    /** Acknowledged posts before the kill: enough that the kill lands among writes in flight. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;
    private static final String TOKEN = "killed-server-test-token";

    @Test
    void everyArticlePostedAndAcknowledgedBeforeASigkillIsStoredOnceAfterARestart(@TempDir Path dir) throws Exception {
        int httpPort = freePort();
        int boltPort = freePort();
        var api = new ApiClient(httpPort, TOKEN);
        Set<Article> acknowledged = ConcurrentHashMap.newKeySet();
        var next = new AtomicInteger();

        Process killed = serve(dir, httpPort, boltPort, "first.log");
        try {
            awaitReady(api, killed);
            var clients = Executors.newFixedThreadPool(CLIENTS);
            for (int client = 0; client < CLIENTS; client++) {
                clients.execute(() -> postUntilRefused(api, next, acknowledged));
            }
            awaitAcknowledged(acknowledged, killed);
            killed.destroyForcibly().waitFor();
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).as("clients see the server gone").isTrue();
        } finally {
            killed.destroyForcibly().waitFor();
        }

        Process restarted = serve(dir, httpPort, boltPort, "restarted.log");
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none())) {
            awaitReady(api, restarted);
            var posted = IntStream.range(0, next.get()).mapToObj(n -> TemplateArticles.article("killed", n).id())
                    .toList();
            var stored = storedArticles(driver);
            System.out.printf("Killed with SIGKILL: %d posts begun, %d acknowledged; %d articles stored after the"
                    + " restart%n", posted.size(), acknowledged.size(), stored.size());

            assertThat(stored.keySet()).as("articles whose POST was acknowledged")
                    .containsAll(acknowledged.stream().map(Article::id).toList());
            assertThat(posted).as("articles in the graph were posted").containsAll(stored.keySet());
            assertThat(stored).as("mentions per article: each stored whole, with all its entities")
                    .allSatisfy((id, mentions) -> assertThat(mentions).isEqualTo(TemplateArticles.ENTITIES));
            for (Article article : acknowledged) {
                assertThat(api.send(api.get("/api/articles/" + article.id())).statusCode()).isEqualTo(200);
            }
        } finally {
            restarted.destroy();
            if (!restarted.waitFor(30, TimeUnit.SECONDS)) {
                restarted.destroyForcibly().waitFor();
            }
        }
    }

    /** A client posting new articles one after another until the server stops answering. */
    private static void postUntilRefused(ApiClient api, AtomicInteger next, Set<Article> acknowledged) {
        while (true) {
            var article = TemplateArticles.article("killed", next.getAndIncrement());
            try {
                if (api.send(api.post(article)).statusCode() == 201) {
                    acknowledged.add(article);
                }
            } catch (IOException gone) {
                return;
            }
        }
    }

    /** The server in its own JVM on {@code dir}'s store, without samples, with its log in {@code log}. */
    private static Process serve(Path dir, int httpPort, int boltPort, String log) throws IOException {
        return ApplicationProcess.builder(Map.of("POLICYGRAPH_DATA_DIR", dir.resolve("data").toString(),
                        "PORT", String.valueOf(httpPort), "POLICYGRAPH_BOLT_PORT", String.valueOf(boltPort),
                        "POLICYGRAPH_LOAD_SAMPLES", "false", "POLICYGRAPH_API_TOKEN", TOKEN))
                .redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
    }

    private static void awaitReady(ApiClient api, Process server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            assertThat(server.isAlive()).as("the server is running").isTrue();
            assertThat(System.nanoTime()).as("the server is ready within 120 s").isLessThan(deadline);
            try {
                if (api.send(api.get("/actuator/health")).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
    }

    private static void awaitAcknowledged(Set<Article> acknowledged, Process server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL) {
            assertThat(server.isAlive()).as("the server is running").isTrue();
            assertThat(System.nanoTime()).as("%d posts acknowledged within 60 s", ACKNOWLEDGED_BEFORE_KILL)
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** Every article in the graph with the number of entities it mentions. */
    private static Map<String, Long> storedArticles(Driver driver) {
        return driver.executableQuery("MATCH (a:Article) RETURN a.id AS id, COUNT { (a)-[:MENTIONS]->() } AS mentions")
                .execute().records().stream()
                .collect(Collectors.toMap(r -> r.get("id").asString(), r -> r.get("mentions").asLong()));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
