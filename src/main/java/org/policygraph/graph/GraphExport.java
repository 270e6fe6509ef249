package org.policygraph.graph;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.policygraph.extract.RelationType;
import org.springframework.stereotype.Component;

/**
 * The knowledge graph read for export: its entities and the facts between them, or only the given entities
 * and the facts among them. Articles and their MENTIONS stay out; every fact carries the ids of its
 * articles and their sentences. Nodes and relationships are streamed from the database while the caller
 * writes them out, so memory holds the driver's fetch buffer and no more, however large the graph.
 */
@Component
public class GraphExport {

    /** %1$s is empty for the whole graph, or the condition keeping the given entities. */
    private static final String NODES = "MATCH (n:Entity)%s RETURN " + GraphReader.NODE.formatted("n") + " AS node";

    /** %1$s the relationship types, %2$s empty or the condition keeping relationships among the given entities. */
    private static final String RELATIONSHIPS = "MATCH (a:Entity)-[r:%s]->(b:Entity)%s RETURN "
            + GraphReader.RELATIONSHIP.formatted("r", "a", "b") + " AS relationship";

    private static final String AMONG_NODES = " WHERE n.id IN $ids";
    private static final String AMONG_RELATIONSHIPS = " WHERE a.id IN $ids AND b.id IN $ids";

    /** The whole graph's size from the database's count store: no scan, however large the graph. */
    private static final String SIZE = "RETURN COUNT { (:Entity) } + %s AS size";

    private static final String SIZE_AMONG = """
            MATCH (n:Entity) WHERE n.id IN $ids
            WITH collect(n.id) AS found
            RETURN found, size(found) + COUNT {
              MATCH (a:Entity)-[:%s]->(b:Entity) WHERE a.id IN found AND b.id IN found } AS size""";

    private final Driver driver;
    private final GraphReader reader;
    private final ExportLimits limits;
    private final TransactionConfig transaction;

    GraphExport(Driver driver, GraphReader reader, ExportLimits limits) {
        this.driver = driver;
        this.reader = reader;
        this.limits = limits;
        this.transaction = TransactionConfig.builder().withTimeout(limits.timeout()).build();
    }

    /**
     * The whole graph ({@code ids} empty) or the given entities and the relationships among them; only
     * relationships of {@code types}.
     */
    public record Selection(List<String> ids, Set<RelationType> types) {

        public Selection {
            if (types.isEmpty()) {
                throw new IllegalArgumentException("an export needs at least one relationship type");
            }
            ids = List.copyOf(ids);
            types = Set.copyOf(types);
        }

        boolean whole() {
            return ids.isEmpty();
        }
    }

    /** A selection being read: {@link #nodes()} first, then {@link #relationships()}, each consumed to its end. */
    public interface Elements {

        Stream<GraphView.Node> nodes();

        Stream<GraphView.Relationship> relationships();
    }

    /** Writes the elements of a selection out while they are read. */
    @FunctionalInterface
    public interface Sink {

        void write(Elements elements) throws IOException;
    }

    /**
     * Checks a selection before anything is sent, while a mistake can still be the answer. This is a short
     * read, held to the ordinary read limits.
     *
     * @throws UnknownEntitiesException when an id names no entity
     * @throws ResultTooLargeException when the selection holds more nodes and relationships than allowed
     */
    public void check(Selection selection) {
        var row = reader.read(sizeQuery(selection), Map.of("ids", selection.ids())).get(0);
        if (!selection.whole()) {
            var found = row.get("found").asList(Value::asString);
            var missing = selection.ids().stream().filter(id -> !found.contains(id)).toList();
            if (!missing.isEmpty()) {
                throw new UnknownEntitiesException(missing);
            }
        }
        long size = row.get("size").asLong();
        if (size > limits.maxElements()) {
            throw new ResultTooLargeException(("the export holds %d nodes and relationships, more than the %d allowed"
                    + " (policygraph.api.export.max-elements); export the part among some entities (ids) or fewer"
                    + " relationship types (types)").formatted(size, limits.maxElements()));
        }
    }

    private static String sizeQuery(Selection selection) {
        return selection.whole()
                ? SIZE.formatted(selection.types().stream().map(type -> "COUNT { ()-[:%s]->() }".formatted(type.name()))
                        .collect(Collectors.joining(" + ")))
                : SIZE_AMONG.formatted(GraphReader.names(selection.types(), "|"));
    }

    /**
     * Reads the selection in one read transaction, which the database ends after the export timeout, and
     * hands it to {@code sink} as it is read. Runs each query only when its stream is asked for: a query
     * started while another's rows are still unread would make the driver buffer those rows.
     */
    public void stream(Selection selection, Sink sink) throws IOException {
        var params = Map.<String, Object>of("ids", selection.ids());
        String nodes = NODES.formatted(selection.whole() ? "" : AMONG_NODES);
        String relationships = RELATIONSHIPS.formatted(GraphReader.names(selection.types(), "|"),
                selection.whole() ? "" : AMONG_RELATIONSHIPS);
        try (var session = driver.session(GraphReader.READ_SESSION); var tx = session.beginTransaction(transaction)) {
            sink.write(new Elements() {
                @Override
                public Stream<GraphView.Node> nodes() {
                    return tx.run(nodes, params).stream()
                            .map(record -> GraphReader.node(record.get("node")));
                }

                @Override
                public Stream<GraphView.Relationship> relationships() {
                    return tx.run(relationships, params).stream()
                            .map(record -> GraphReader.relationship(record.get("relationship")));
                }
            });
        }
    }
}
