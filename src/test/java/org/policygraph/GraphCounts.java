package org.policygraph;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.policygraph.embedded.EmbeddedNeo4j;

/**
 * Node counts per label and relationship counts per type, read straight from the database. Equal counts
 * before and after something show that it wrote nothing; their difference shows exactly what it wrote.
 */
public record GraphCounts(Map<String, Long> nodes, Map<String, Long> relationships) {

    public static GraphCounts of(Driver driver) {
        var nodes = new TreeMap<String, Long>();
        driver.executableQuery("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n").execute()
                .records().forEach(r -> nodes.put(r.get("label").asString(), r.get("n").asLong()));
        var relationships = new TreeMap<String, Long>();
        driver.executableQuery("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n").execute()
                .records().forEach(r -> relationships.put(r.get("type").asString(), r.get("n").asLong()));
        return new GraphCounts(nodes, relationships);
    }

    /** The counts of the embedded store in {@code dataDir}, opened for the reading (no other process may hold it). */
    public static GraphCounts ofStore(Path dataDir) {
        try (var store = EmbeddedNeo4j.start(dataDir.resolve("neo4j"), 0, 64L * 1024 * 1024);
             var driver = GraphDatabase.driver(store.boltUri(), AuthTokens.none())) {
            return of(driver);
        }
    }

    /** These counts with {@code count} more nodes of {@code label}. */
    public GraphCounts plusNodes(String label, long count) {
        var more = new TreeMap<>(nodes);
        more.merge(label, count, Long::sum);
        return new GraphCounts(more, relationships);
    }
}
