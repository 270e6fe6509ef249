package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.policygraph.EmbeddedGraphTest;
import org.policygraph.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriUtils;

/**
 * The read limits and CORS as a web client meets them, on a store of its own holding a dense cluster: 100
 * research teams (as many as one request may name) that all partner with the same 2,000 enterprises. Asking how the teams connect makes the
 * database walk 100 x 2,000 x 100 rows, far past the read timeout this application is given. (A timeout
 * much shorter than 3 s would also end the first, cold planning of ordinary queries on a busy machine.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadLimitsApiTest {

    private static final int TEAMS = 100;
    private static final int PARTNERS = 2_000;
    private static final String DASHBOARD = "https://dashboard.example.org";

    @DynamicPropertySource
    static void ownStoreWithTightLimits(DynamicPropertyRegistry registry) {
        EmbeddedGraphTest.ownEmptyStore(registry, "policygraph-limits-");
        registry.add("policygraph.api.read-timeout", () -> "3s");
        registry.add("policygraph.api.cors-origins", () -> DASHBOARD);
    }

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private Http http;

    @BeforeAll
    void denseCluster() {
        http = new Http(port);
        driver.executableQuery("""
                UNWIND range(1, $teams) AS t
                CREATE (:Entity:ResearchTeam {id: 'researchteam:联合实验室' + t, name: '联合实验室' + t, aliases: []})""")
                .withParameters(Map.of("teams", TEAMS)).execute();
        driver.executableQuery("""
                UNWIND range(1, $partners) AS p
                CREATE (e:Entity:Enterprise {id: 'enterprise:协作企业' + p, name: '协作企业' + p, aliases: []})
                WITH e
                MATCH (t:ResearchTeam)
                CREATE (t)-[:PARTNERS_WITH {articleIds: ['test/dense'], evidence: ['双方签订合作协议。'], support: 1}]->(e)""")
                .withParameters(Map.of("partners", PARTNERS)).execute();
    }

    @Test
    void aReadPastTheTimeoutIsAnswered503WithAProblemAndTheServerGoesOn() {
        var teams = new ArrayList<String>();
        for (int t = 1; t <= TEAMS; t++) {
            teams.add("researchteam:联合实验室" + t);
        }
        long start = System.nanoTime();

        var response = http.get("/api/subgraph?connectors=true&ids=" + UriUtils.encode(String.join(",", teams), "UTF-8"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Http.json(response.body()).get("detail").asString()).contains("read timeout of 3000 ms");
        // Neo4j looks for timed-out transactions every two seconds; unchecked, the walk takes half a minute.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(http.get("/api/stats").statusCode()).isEqualTo(200);
    }

    @Test
    void aNeighbourhoodOverTheResultCapIsAnswered400AskingToNarrowIt() {
        // Two hops from one enterprise reach every team and, through them, 500 enterprises: 100 x 500 links.
        var response = http.get("/api/entities/" + UriUtils.encode("enterprise:协作企业1", "UTF-8")
                + "/neighbors?depth=2&limit=500");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Http.json(response.body()).get("detail").asString())
                .contains("more than 2000 results; narrow the query");
    }

    @Test
    void aConfiguredOriginMayReadFromABrowser() {
        var response = http.send(HttpRequest.newBuilder(http.uri("/api/stats"))
                .header("Origin", DASHBOARD).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DASHBOARD);
    }

    @Test
    void aConfiguredOriginIsAllowedToPreflightAWriteWithTheToken() {
        var response = http.send(HttpRequest.newBuilder(http.uri("/api/articles"))
                .header("Origin", DASHBOARD)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DASHBOARD);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElse(""))
                .contains("POST").contains("DELETE");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
                .contains("authorization");
    }

    @Test
    void anyOtherOriginIsRefused() {
        var response = http.send(HttpRequest.newBuilder(http.uri("/api/stats"))
                .header("Origin", "https://elsewhere.example.com").GET().build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
