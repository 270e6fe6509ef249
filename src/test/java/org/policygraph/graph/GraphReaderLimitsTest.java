package org.policygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.policygraph.EmbeddedGraphTest;
import org.policygraph.extract.EntityType;
import org.policygraph.extract.RelationType;
import org.springframework.beans.factory.annotation.Autowired;

/** Reads are bounded in time and in size, whatever the query. */
class GraphReaderLimitsTest extends EmbeddedGraphTest {

    @Autowired
    Driver driver;

    @Test
    void theDatabaseEndsAReadPastTheTimeout() {
        var reader = new GraphReader(driver, new ReadLimits(Duration.ofMillis(300), 2000));
        long start = System.nanoTime();

        assertThatThrownBy(() -> reader.read("UNWIND range(1, 10000000000) AS x RETURN count(x)", Map.of())).isInstanceOf(ReadTimeoutException.class).hasMessageContaining("300 ms");
        // Neo4j checks timeouts every two seconds by default.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aGraphAnswerOverTheCapIsRefusedNotCut() {
        var reader = new GraphReader(driver, new ReadLimits(Duration.ofSeconds(5), 1));

        assertThatThrownBy(() -> reader.neighbours("place:140500", 2, EnumSet.allOf(RelationType.class),
                Direction.BOTH, EnumSet.noneOf(EntityType.class), 100))
                .isInstanceOf(ResultTooLargeException.class).hasMessageContaining("more than 1 results");
    }

    @Test
    void withinTheCapTheSameAnswerComesBack() {
        var reader = new GraphReader(driver, new ReadLimits(Duration.ofSeconds(5), 2000));

        var graph = reader.neighbours("place:140500", 1, EnumSet.of(RelationType.LOCATED_IN), Direction.IN,
                EnumSet.noneOf(EntityType.class), 100);

        assertThat(graph).hasValueSatisfying(view -> assertThat(view.nodes()).hasSizeGreaterThan(1));
    }

    @Test
    void neighbourhoodQueryTakesTypesAndLabelsFromTheEnumsOnly() {
        String query = GraphReader.neighboursQuery(2, EnumSet.of(RelationType.INVESTS_IN, RelationType.LOCATED_IN),
                Direction.OUT, EnumSet.of(EntityType.Place));

        assertThat(query).contains("(()-[:INVESTS_IN|LOCATED_IN]->(:Place)){1,2} (m:Entity)")
                .contains("(()-[:INVESTS_IN|LOCATED_IN]->(:Place)){1,1} (m:Entity)");
    }
}
