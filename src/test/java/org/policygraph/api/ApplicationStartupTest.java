package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.policygraph.EmbeddedGraphTest;
import org.policygraph.Http;
import org.policygraph.graph.DatabaseAddress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

class ApplicationStartupTest extends EmbeddedGraphTest {

    @LocalServerPort
    int port;

    @Autowired
    DatabaseAddress database;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void healthIsUpAndIncludesNeo4j() {
        var health = http.getJson("/actuator/health");

        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/neo4j/status").asString()).isEqualTo("UP");
    }

    @Test
    void browserOpensConnectedToTheEmbeddedStore() {
        var redirect = http.get("/browser/");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .contains("dbms=" + database.browserUri()).contains("preselectAuthMethod=NO_AUTH"));
        var location = java.net.URI.create(redirect.headers().firstValue("Location").orElseThrow());
        var page = http.get(location.getRawPath() + "?" + location.getRawQuery());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Neo4j Browser");
    }

    @Test
    void boltAnswersOnTheEmbeddedPort() {
        try (var driver = GraphDatabase.driver(database.boltUri(), AuthTokens.none())) {
            driver.verifyConnectivity();
            assertThat(driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt())
                    .isEqualTo(1);
        }
    }

    @Test
    void statsCountTheSampleArticlesAndSeveralEntityLabels() {
        var stats = http.getJson("/api/stats");

        assertThat(stats.at("/nodes/Article").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(stats.at("/nodes/Place").asLong()).isPositive();
        assertThat(stats.at("/nodes/Enterprise").asLong()).isPositive();
        assertThat(stats.at("/nodes/ResearchTeam").asLong()).isPositive();
        assertThat(stats.at("/nodes/Program").asLong()).isPositive();
        assertThat(stats.at("/relationships/MENTIONS").asLong()).isPositive();
    }
}
