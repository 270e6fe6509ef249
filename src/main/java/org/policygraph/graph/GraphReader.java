package org.policygraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.policygraph.extract.EntityType;
import org.policygraph.extract.RelationType;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only traversals for the API and the researchers' tools. All user input arrives as parameters;
 * the only text composed into Cypher is taken from enums and validated numbers.
 */
@Component
@Transactional(readOnly = true)
public class GraphReader {

    private static final String NODE = """
            {id: %1$s.id, labels: [l IN labels(%1$s) WHERE l <> 'Entity'], name: %1$s.name,
             aliases: coalesce(%1$s.aliases, []), properties: properties(%1$s)}""";

    private static final String RELATIONSHIP = """
            {type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r),
             start: %s, end: %s}""".formatted(NODE.formatted("startNode(r)"), NODE.formatted("endNode(r)"));

    private static final String STATS = statsQuery();

    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('entity_names', $phrase) YIELD node, score
            WHERE $label IS NULL OR $label IN labels(node)
            WITH node, score,
                 CASE WHEN node.name = $q OR $q IN node.aliases THEN 0
                      WHEN node.name STARTS WITH $q OR any(a IN node.aliases WHERE a STARTS WITH $q) THEN 1
                      ELSE 2 END AS rank
            RETURN %s AS node
            ORDER BY rank, score DESC, node.name
            SKIP $offset LIMIT $limit""".formatted(NODE.formatted("node"));

    private static final String ENTITY = """
            MATCH (n:Entity {id: $id}) RETURN %s AS node""".formatted(NODE.formatted("n"));

    /** Neighbourhood paths; depth and direction are filled from validated values, never from raw input. */
    private static final String NEIGHBOURS = """
            MATCH (center:Entity {id: $id})
            MATCH p = (center)%s[*1..%d]%s(:Entity)
            WHERE all(r IN relationships(p) WHERE type(r) IN $types)
              AND all(n IN nodes(p)[1..] WHERE size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels))
            WITH p LIMIT $limit
            UNWIND relationships(p) AS r
            WITH DISTINCT r
            RETURN %s AS relationship""";

    private final Neo4jClient neo4j;

    GraphReader(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    public GraphStats stats() {
        var row = neo4j.query(STATS).fetch().one().orElseThrow();
        return new GraphStats(counts(row, "nodes"), counts(row, "relationships"));
    }

    /** Entities whose names or aliases match {@code q}; exact and prefix matches first. */
    public List<GraphView.Node> search(String q, EntityType type, int limit, int offset) {
        return neo4j.query(SEARCH)
                .bindAll(params("phrase", phrase(q), "q", q, "label", type == null ? null : type.name(),
                        "limit", limit, "offset", offset))
                .fetch().all().stream()
                .map(row -> node(row.get("node")))
                .toList();
    }

    public Optional<GraphView.Node> entity(String id) {
        return neo4j.query(ENTITY).bind(id).to("id").fetch().one().map(row -> node(row.get("node")));
    }

    /** The entity and everything within {@code depth} hops over the given relationship types and labels. */
    public Optional<GraphView> neighbours(String id, int depth, Set<RelationType> types, Direction direction,
                                          Set<EntityType> labels, int limit) {
        return entity(id).map(center -> {
            String query = NEIGHBOURS.formatted(direction.left, depth, direction.right, RELATIONSHIP);
            var rows = neo4j.query(query)
                    .bindAll(params("id", id, "types", names(types), "labels", names(labels), "limit", limit))
                    .fetch().all();
            return graph(center, rows);
        });
    }

    private static GraphView graph(GraphView.Node center, Collection<Map<String, Object>> rows) {
        var nodes = new LinkedHashMap<String, GraphView.Node>();
        nodes.put(center.id(), center);
        var relationships = new ArrayList<GraphView.Relationship>();
        for (var row : rows) {
            var relationship = asMap(row.get("relationship"));
            nodes.putIfAbsent((String) relationship.get("source"), node(relationship.get("start")));
            nodes.putIfAbsent((String) relationship.get("target"), node(relationship.get("end")));
            relationships.add(relationship(relationship));
        }
        return new GraphView(List.copyOf(nodes.values()), relationships);
    }

    @SuppressWarnings("unchecked")
    private static GraphView.Node node(Object value) {
        var map = asMap(value);
        var properties = new LinkedHashMap<>(asMap(map.get("properties")));
        properties.keySet().removeAll(Set.of("id", "name", "aliases", "aliasText"));
        return new GraphView.Node((String) map.get("id"), (List<String>) map.get("labels"), (String) map.get("name"),
                (List<String>) map.get("aliases"), properties);
    }

    @SuppressWarnings("unchecked")
    private static GraphView.Relationship relationship(Map<String, Object> map) {
        var properties = new LinkedHashMap<>(asMap(map.get("properties")));
        var articleIds = (List<String>) properties.remove("articleIds");
        var sentences = (List<String>) properties.remove("evidence");
        var evidence = new ArrayList<GraphView.Evidence>();
        for (int i = 0; sentences != null && i < sentences.size(); i++) {
            evidence.add(new GraphView.Evidence(articleIds.get(i), sentences.get(i)));
        }
        properties.put("articleIds", articleIds);
        String source = (String) map.get("source");
        String type = (String) map.get("type");
        String target = (String) map.get("target");
        return new GraphView.Relationship(source + "|" + type + "|" + target, type, source, target, properties,
                evidence);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static Map<String, Long> counts(Map<String, Object> row, String key) {
        var counts = new LinkedHashMap<String, Long>();
        asMap(row.get(key)).forEach((name, count) -> counts.put(name, ((Number) count).longValue()));
        return counts;
    }

    /** Quotes user text as one Lucene phrase, so its operators and wildcards are plain characters. */
    static String phrase(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    private static Map<String, Object> params(Object... keysAndValues) {
        var params = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return params;
    }

    /** Counts from the count store, one static pattern per label and type: constant time on any graph size. */
    private static String statsQuery() {
        var labels = new ArrayList<String>();
        for (EntityType type : EntityType.values()) {
            labels.add(type.name());
        }
        labels.add("Article");
        String nodes = labels.stream()
                .map(label -> "%1$s: COUNT { (:%1$s) }".formatted(label))
                .collect(Collectors.joining(", "));
        String relationships = java.util.Arrays.stream(RelationType.values())
                .map(type -> "%1$s: COUNT { ()-[:%1$s]->() }".formatted(type.name()))
                .collect(Collectors.joining(", "));
        return "RETURN {%s, MENTIONS: COUNT { ()-[:MENTIONS]->() }} AS relationships, {%s} AS nodes"
                .formatted(relationships, nodes);
    }
}
