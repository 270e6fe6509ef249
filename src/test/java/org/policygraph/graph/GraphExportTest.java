package org.policygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.policygraph.EmbeddedGraphTest;
import org.policygraph.extract.RelationType;
import org.springframework.beans.factory.annotation.Autowired;

/** An export is checked against its cap before anything is sent, and then read in full. */
class GraphExportTest extends EmbeddedGraphTest {

    private static final GraphExport.Selection WHOLE_GRAPH = new GraphExport.Selection(List.of(),
            EnumSet.allOf(RelationType.class));

    @Autowired
    Driver driver;

    @Test
    void aGraphOverTheCapIsRefusedBeforeItIsRead() {
        var export = export(3);

        assertThatThrownBy(() -> export.check(WHOLE_GRAPH)).isInstanceOf(ResultTooLargeException.class)
                .hasMessageContaining("more than the 3 allowed");
    }

    @Test
    void theCapCountsOnlyTheSelection() {
        var cityAndPlan = new GraphExport.Selection(List.of("place:140500", "program:六大工程"),
                EnumSet.of(RelationType.IMPLEMENTS));

        export(3).check(cityAndPlan);
        assertThatThrownBy(() -> export(2).check(cityAndPlan)).isInstanceOf(ResultTooLargeException.class)
                .hasMessageContaining("holds 3 nodes and relationships");
    }

    @Test
    void theStreamHoldsEveryEntityAndFact() throws Exception {
        long entities = count("MATCH (n:Entity) RETURN count(n)");
        long facts = count("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)");
        long[] streamed = new long[2];

        export(1_000_000).stream(WHOLE_GRAPH, graph -> {
            streamed[0] = graph.nodes().count();
            streamed[1] = graph.relationships().count();
        });

        assertThat(streamed).containsExactly(entities, facts);
    }

    private GraphExport export(long maxElements) {
        var limits = new ExportLimits(Duration.ofMinutes(1), maxElements);
        return new GraphExport(driver, new GraphReader(driver, new ReadLimits(Duration.ofSeconds(30), 2000)), limits);
    }

    private long count(String query) {
        try (var session = driver.session()) {
            return session.run(query).single().get(0).asLong();
        }
    }
}
