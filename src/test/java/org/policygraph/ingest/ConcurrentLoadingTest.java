package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.policygraph.EmbeddedGraphTest;
import org.policygraph.extract.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Several loaders over overlapping articles build exactly the graph one loader builds. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ConcurrentLoadingTest {

    private static final int LOADERS = 4;

    @DynamicPropertySource
    static void ownEmptyStore(DynamicPropertyRegistry registry) {
        EmbeddedGraphTest.ownEmptyStore(registry, "policygraph-concurrent-");
    }

    @Autowired
    Ingestion ingestion;

    @Autowired
    Driver driver;

    @Test
    void fourLoadersOverOverlappingArticlesGiveTheCountsOfOne() throws Exception {
        List<Document> corpus = Corpora.samples(4);
        corpus.forEach(ingestion::ingest);
        var single = counts();
        driver.executableQuery("MATCH (n) DETACH DELETE n").execute();

        var pool = Executors.newFixedThreadPool(LOADERS);
        var loaders = new ArrayList<Callable<Void>>();
        for (int loader = 0; loader < LOADERS; loader++) {
            var order = new ArrayList<>(corpus);
            Collections.shuffle(order, new Random(loader));
            loaders.add(() -> {
                order.forEach(ingestion::ingest);
                return null;
            });
        }
        for (var done : pool.invokeAll(loaders)) {
            done.get();
        }
        pool.shutdown();

        assertThat(counts()).isEqualTo(single);
    }

    /** Nodes per label, relationships per type and the support of every fact type summed. */
    private Map<String, Long> counts() {
        var counts = new TreeMap<String, Long>();
        driver.executableQuery("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n").execute()
                .records().forEach(r -> counts.put(r.get("label").asString(), r.get("n").asLong()));
        driver.executableQuery("""
                MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n, sum(coalesce(r.support, 0)) AS support""")
                .execute().records().forEach(r -> {
                    counts.put(r.get("type").asString(), r.get("n").asLong());
                    counts.put(r.get("type").asString() + ".support", r.get("support").asLong());
                });
        return counts;
    }
}
