package org.policygraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.policygraph.PolicyGraphApplication;
import org.policygraph.graph.GraphReader;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The two ways to run: the embedded store, kept across restarts, and an external server named by its URI. */
class DatabaseModeTest {

    private static final long PAGE_CACHE = 64L * 1024 * 1024;

    @Test
    void withANeo4jUriTheApplicationWritesToThatServerAndStartsNoStoreOfItsOwn(@TempDir Path serverDir,
                                                                             @TempDir Path dataDir) {
        try (var server = EmbeddedNeo4j.start(serverDir, 0, PAGE_CACHE);
             var application = start("--policygraph.neo4j.uri=" + server.boltUri(),
                     "--policygraph.neo4j.password=secret", "--policygraph.data-dir=" + dataDir)) {

            assertThat(application.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
            long articles = application.getBean(GraphReader.class).stats().nodes().get("Article");
            assertThat(articles).isGreaterThanOrEqualTo(5);
            try (var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
                var onServer = driver.executableQuery("MATCH (a:Article) RETURN count(a) AS n").execute();
                assertThat(onServer.records().get(0).get("n").asLong()).isEqualTo(articles);
            }
        }
    }

    @Test
    void aRestartKeepsTheGraphAndLoadsTheSamplesOnlyOnce(@TempDir Path dataDir) {
        String[] args = {"--policygraph.neo4j.uri=", "--policygraph.data-dir=" + dataDir,
                "--policygraph.embedded.bolt-port=0"};
        Object firstStats;
        try (var first = start(args)) {
            firstStats = first.getBean(GraphReader.class).stats();
        }
        try (var second = start(args)) {
            assertThat(second.getBean(GraphReader.class).stats()).isEqualTo(firstStats);
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--server.port=0";
        return new SpringApplicationBuilder(PolicyGraphApplication.class).run(all);
    }
}
