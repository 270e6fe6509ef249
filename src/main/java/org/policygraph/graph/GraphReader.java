package org.policygraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.policygraph.extract.EntityType;
import org.policygraph.extract.RelationType;
import org.springframework.stereotype.Component;

/**
 * Read-only traversals for the API and the researchers' tools. Every read is one read transaction that the
 * database ends after {@link ReadLimits#readTimeout()}, and every answer that can grow with the graph is cut
 * at {@link ReadLimits#maxResults()} + 1 rows, which then fails with {@link ResultTooLargeException}.
 * All user input arrives as parameters; the only text composed into Cypher comes from enums and validated
 * numbers (labels, relationship types and hop counts cannot be parameters).
 */
@Component
public class GraphReader {

    /** Properties shown as a node's own fields, or kept only for the full-text index. */
    private static final List<String> NODE_FIELDS = List.of("id", "name", "aliases", "aliasText");

    /**
     * A node in the shape of {@link GraphView.Node}; {@code %1$s} is the node variable. Its properties come
     * with {@link #NODE_FIELDS} nulled, so a neighbourhood of hundreds of nodes does not carry names and
     * aliases twice over Bolt.
     */
    static final String NODE = """
            {id: %%1$s.id, labels: [l IN labels(%%1$s) WHERE l <> 'Entity'], name: %%1$s.name,
             aliases: coalesce(%%1$s.aliases, []), properties: %%1$s {.*, %s}}""".formatted(
            NODE_FIELDS.stream().map(field -> field + ": null").collect(Collectors.joining(", ")));

    /** A relationship by its variable and the variables of its start and end node. */
    static final String RELATIONSHIP = """
            {type: type(%1$s), source: %2$s.id, target: %3$s.id, properties: properties(%1$s)}""";

    private static final String ARTICLE = """
            %1$s {.id, .title, .source, .publishedAt, .url, authors: coalesce(%1$s.authors, [])}""";

    private static final String NEWEST_FIRST = "a.publishedAt IS NULL, a.publishedAt DESC, a.id";

    private static final String STATS = "RETURN {%s, MENTIONS: COUNT { ()-[:MENTIONS]->() }} AS relationships, {%s} AS nodes"
            .formatted(perRelationType("COUNT { ()-[:%1$s]->() }"), Stream.concat(
                            Arrays.stream(EntityType.values()).map(Enum::name), Stream.of("Article"))
                    .map(label -> "%1$s: COUNT { (:%1$s) }".formatted(label))
                    .collect(Collectors.joining(", ")));

    /**
     * Full-text over names and aliases; exact, then prefix matches first, then Lucene's score. Sorted and cut
     * before the answer's maps are built: a common prefix matches many more entities than a page shows.
     */
    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('entity_names', $phrase) YIELD node, score
            WHERE $label IS NULL OR $label IN labels(node)
            WITH node, score, %s AS rank
            ORDER BY rank, score DESC, node.name
            SKIP $offset LIMIT $limit
            RETURN %s AS node""";

    /**
     * The cjk analyzer indexes character bigrams, so one character matches nothing in the index: scan names
     * instead, but look at no more than {@code $scan} matches so a common character stays cheap.
     */
    private static final String SEARCH_ONE_CHARACTER = """
            MATCH (node:Entity)
            WHERE (node.name CONTAINS $q OR node.aliasText CONTAINS $q) AND ($label IS NULL OR $label IN labels(node))
            WITH node LIMIT $scan
            WITH node, %s AS rank
            ORDER BY rank, size(node.name), node.name
            SKIP $offset LIMIT $limit
            RETURN %s AS node""";

    private static final String RANK = """
            CASE WHEN node.name = $q OR $q IN coalesce(node.aliases, []) THEN 0
                 WHEN node.name STARTS WITH $q OR any(a IN coalesce(node.aliases, []) WHERE a STARTS WITH $q) THEN 1
                 ELSE 2 END""";

    private static final String ENTITY = """
            MATCH (n:Entity {id: $id})
            RETURN %s AS node, {%s, MENTIONS: COUNT { (n)<-[:MENTIONS]-() }} AS degree,
                   COLLECT { MATCH (a:Article)-[:MENTIONS]->(n) WITH a ORDER BY %s LIMIT $recent
                             RETURN %s } AS articles""".formatted(NODE.formatted("n"),
            perRelationType("COUNT { (n)-[:%1$s]-() }"), NEWEST_FIRST, ARTICLE.formatted("a"));

    private static final String ENTITY_IDS = """
            MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id""";

    /**
     * The neighbourhood: the distinct entities within the hop count, and the relationships walked to reach
     * them, i.e. those of the requested types from an entity nearer than the hop count to one in the answer
     * (a relationship between two entities at the last hop lies on no walk that short). Both sets come from
     * quantified paths with DISTINCT ends, which the planner runs as a pruning breadth-first expand: each
     * entity visited once, no path built, the label test applied while expanding, stopping at
     * {@code $limit}. A path variable with a WHERE on nodes(p) would enumerate every path instead, and
     * expanding every answer entity again (hubs included) cost twice as much on the benchmark graph.
     * Membership is tested on element ids, which Cypher compares much faster than nodes.
     * %1$s are the entities in the answer, %2$s those nearer than the hop count, %3$s/%5$s the direction's
     * arrow ends, %4$s the relationship types.
     */
    private static final String NEIGHBOURS = """
            MATCH (center:Entity {id: $id})
            WITH center, %1$s AS found, %2$s AS inner
            WITH [center] + found AS nodes, [center] + inner AS inner
            WITH nodes, inner, [n IN nodes | elementId(n)] AS keys
            RETURN [n IN nodes | %6$s] AS nodes,
                   COLLECT { UNWIND inner AS a MATCH (a)%3$s[r:%4$s]%5$s(b) WHERE elementId(b) IN keys
                             WITH DISTINCT r
                             RETURN %7$s LIMIT $cap } AS relationships""";

    /**
     * Up to {@code $limit} distinct entities within %5$d hops of {@code center}: %1$s/%3$s the direction's
     * arrow ends, %2$s the relationship types, %4$s the label expression every entity passed through must
     * match (empty: any).
     */
    private static final String WITHIN_HOPS = """
            COLLECT {
              MATCH (center) (()%1$s[:%2$s]%3$s(%4$s)){1,%5$d} (m:Entity)
              WHERE m <> center
              RETURN DISTINCT m LIMIT $limit
            }""";

    /** The given entities, the relationships among them and, when asked, the entities linking two of them. */
    private static final String SUBGRAPH = """
            OPTIONAL MATCH (n:Entity) WHERE n.id IN $ids
            WITH collect(n) AS given, collect(elementId(n)) AS givenKeys
            WITH given, givenKeys, COLLECT {
                   UNWIND CASE WHEN $connectors THEN given ELSE [] END AS a
                   MATCH (a)-[:%1$s]-(c:Entity)-[:%1$s]-(b)
                   WHERE elementId(b) IN givenKeys AND b <> a AND NOT elementId(c) IN givenKeys
                   RETURN DISTINCT c LIMIT $cap } AS connectors
            WITH given, givenKeys, given + connectors AS nodes
            WITH given, givenKeys, nodes, [n IN nodes | elementId(n)] AS keys
            RETURN [n IN given | n.id] AS found, [n IN nodes | %2$s] AS nodes,
                   COLLECT { UNWIND nodes AS a MATCH (a)-[r:%1$s]->(b)
                             WHERE elementId(b) IN keys AND (elementId(a) IN givenKeys OR elementId(b) IN givenKeys)
                             RETURN %3$s LIMIT $cap } AS relationships""";

    /** %1$s the relationship types, %2$d the longest path allowed; undirected, as connections are. */
    private static final String PATHS = """
            OPTIONAL MATCH (a:Entity {id: $from})
            OPTIONAL MATCH (b:Entity {id: $to})
            WITH a, b, COLLECT { MATCH p = allShortestPaths((a)-[:%1$s*..%2$d]-(b)) RETURN p LIMIT $limit } AS paths
            RETURN [x IN [a, b] WHERE x IS NOT NULL | x.id] AS found,
                   COLLECT { UNWIND paths AS p UNWIND nodes(p) AS n RETURN DISTINCT %3$s } AS nodes,
                   COLLECT { UNWIND paths AS p UNWIND relationships(p) AS r WITH DISTINCT r
                             RETURN %4$s } AS relationships,
                   [p IN paths | [r IN relationships(p) | startNode(r).id + '|' + type(r) + '|' + endNode(r).id]]
                     AS paths""";

    private static final String ARTICLES = """
            %s
            WHERE ($q IS NULL OR a.title CONTAINS $q OR a.text CONTAINS $q)
              AND ($from IS NULL OR a.publishedAt >= $from) AND ($to IS NULL OR a.publishedAt <= $to)
            RETURN %s AS article
            ORDER BY %s
            SKIP $offset LIMIT $limit""";

    private static final String ALL_ARTICLES = ARTICLES.formatted("MATCH (a:Article)", ARTICLE.formatted("a"),
            NEWEST_FIRST);

    private static final String ARTICLES_OF_ENTITY = ARTICLES.formatted(
            "MATCH (:Entity {id: $entity})<-[:MENTIONS]-(a:Article)", ARTICLE.formatted("a"), NEWEST_FIRST);

    /** The article, the entities it mentions and the facts among them that this article supports. */
    private static final String ARTICLE_DETAIL = """
            MATCH (a:Article {id: $id})
            WITH a, COLLECT { MATCH (a)-[:MENTIONS]->(e:Entity) RETURN e } AS mentioned
            RETURN %s AS article, a.text AS text, [n IN mentioned | %s] AS nodes,
                   COLLECT { UNWIND mentioned AS s MATCH (s)-[r]->(t:Entity) WHERE $id IN r.articleIds
                             RETURN %s LIMIT $cap } AS relationships""".formatted(ARTICLE.formatted("a"),
            NODE.formatted("n"), RELATIONSHIP.formatted("r", "s", "t"));

    private static final String SEARCH_QUERY = SEARCH.formatted(RANK, NODE.formatted("node"));
    private static final String SEARCH_ONE_CHARACTER_QUERY = SEARCH_ONE_CHARACTER.formatted(RANK, NODE.formatted("node"));

    /**
     * Query texts composed for the type, label, direction and hop choices seen lately. Formatting a neighbourhood
     * query took a twentieth of a request's own CPU time on the benchmark graph.
     */
    private static final QueryTexts QUERY_TEXTS = new QueryTexts(256);

    private record NeighboursQuery(int depth, Set<RelationType> types, Direction direction, Set<EntityType> labels) {
    }

    private record PathsQuery(int maxLength, Set<RelationType> types) {
    }

    static final SessionConfig READ_SESSION = SessionConfig.builder()
            .withDefaultAccessMode(AccessMode.READ).build();

    private final Driver driver;
    private final ReadLimits limits;
    private final TransactionConfig transaction;

    GraphReader(Driver driver, ReadLimits limits) {
        this.driver = driver;
        this.limits = limits;
        this.transaction = TransactionConfig.builder().withTimeout(limits.readTimeout()).build();
    }

    public GraphStats stats() {
        var row = read(STATS, Map.of()).get(0);
        return new GraphStats(counts(row.get("nodes")), counts(row.get("relationships")));
    }

    /**
     * Whether the graph holds any article. Asked at startup, not by a user, so it runs without the read
     * timeout: a cold JVM on a busy machine may need more than that to plan even a small query.
     */
    public boolean hasArticles() {
        return driver.executableQuery("RETURN EXISTS { (:Article) } AS any")
                .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
                .execute().records().get(0).get("any").asBoolean();
    }

    /** Entities whose names or aliases match {@code q}; exact and prefix matches first. */
    public List<GraphView.Node> search(String q, EntityType type, int limit, int offset) {
        String query = searchQuery(q);
        var params = params("phrase", phrase(q), "q", q, "label", type == null ? null : type.name(),
                "limit", limit, "offset", offset, "scan", limits.maxResults());
        return read(query, params).stream().map(row -> node(row.get("node"))).toList();
    }

    static String searchQuery(String q) {
        return q.codePointCount(0, q.length()) == 1 ? SEARCH_ONE_CHARACTER_QUERY : SEARCH_QUERY;
    }

    /** The entity with its degree per relationship type and its {@code recent} newest articles. */
    public Optional<EntityDetail> entity(String id, int recent) {
        return read(ENTITY, params("id", id, "recent", recent)).stream().findFirst()
                .map(row -> new EntityDetail(node(row.get("node")), counts(row.get("degree")),
                        row.get("articles").asList(GraphReader::article)));
    }

    /**
     * The entity and up to {@code limit} entities within {@code depth} hops over the given relationship types
     * (and, when {@code labels} is not empty, through entities of those labels only), with the relationships
     * that lead to them.
     */
    public Optional<GraphView> neighbours(String id, int depth, Set<RelationType> types, Direction direction,
                                          Set<EntityType> labels, int limit) {
        String query = neighboursQuery(depth, types, direction, labels);
        return read(query, params("id", id, "limit", limit, "cap", cap())).stream().findFirst()
                .map(this::graph);
    }

    static String neighboursQuery(int depth, Set<RelationType> types, Direction direction, Set<EntityType> labels) {
        return QUERY_TEXTS.get(new NeighboursQuery(depth, Set.copyOf(types), direction, Set.copyOf(labels)),
                key -> composeNeighboursQuery(depth, types, direction, labels));
    }

    private static String composeNeighboursQuery(int depth, Set<RelationType> types, Direction direction,
                                                 Set<EntityType> labels) {
        String passThrough = labels.isEmpty() ? "" : ":" + names(labels, "|");
        String typeNames = names(types, "|");
        String found = WITHIN_HOPS.formatted(direction.left, typeNames, direction.right, passThrough, depth);
        String inner = depth == 1 ? "[]"
                : WITHIN_HOPS.formatted(direction.left, typeNames, direction.right, passThrough, depth - 1);
        return NEIGHBOURS.formatted(found, inner, direction.left, typeNames, direction.right, NODE.formatted("n"),
                RELATIONSHIP.formatted("r", "startNode(r)", "endNode(r)"));
    }

    /**
     * The given entities and the relationships among them; with {@code connectors}, also every entity that
     * links two of them in two hops, and those hops.
     *
     * @throws UnknownEntitiesException when an id names no entity
     */
    public GraphView subgraph(Collection<String> ids, Set<RelationType> types, boolean connectors) {
        String query = SUBGRAPH.formatted(names(types, "|"), NODE.formatted("n"),
                RELATIONSHIP.formatted("r", "a", "b"));
        var row = read(query, params("ids", List.copyOf(ids), "connectors", connectors,
                "cap", cap())).get(0);
        requireFound(ids, row);
        return graph(row);
    }

    /** The ids of {@code ids} that name no entity. */
    public List<String> missing(Collection<String> ids) {
        var found = read(ENTITY_IDS, params("ids", List.copyOf(ids))).stream()
                .map(row -> row.get("id").asString()).collect(Collectors.toSet());
        return ids.stream().filter(id -> !found.contains(id)).toList();
    }

    /**
     * Up to {@code limit} shortest paths of at most {@code maxLength} hops, in either direction.
     *
     * @throws UnknownEntitiesException when {@code from} or {@code to} names no entity
     */
    public PathsView paths(String from, String to, int maxLength, Set<RelationType> types, int limit) {
        String query = pathsQuery(maxLength, types);
        var row = read(query, params("from", from, "to", to, "limit", limit)).get(0);
        requireFound(List.of(from, to), row);
        var graph = graph(row);
        return new PathsView(graph.nodes(), graph.relationships(),
                row.get("paths").asList(path -> path.asList(Value::asString)));
    }

    static String pathsQuery(int maxLength, Set<RelationType> types) {
        return QUERY_TEXTS.get(new PathsQuery(maxLength, Set.copyOf(types)), key -> PATHS.formatted(
                names(types, "|"), maxLength, NODE.formatted("n"),
                RELATIONSHIP.formatted("r", "startNode(r)", "endNode(r)")));
    }

    /** Articles, newest first, optionally only those mentioning an entity, containing text, or in a date range. */
    public List<ArticleSummary> articles(String entityId, String text, LocalDate from, LocalDate to, int limit,
                                         int offset) {
        String query = entityId == null ? ALL_ARTICLES : ARTICLES_OF_ENTITY;
        var params = params("entity", entityId, "q", text, "from", from, "to", to, "limit", limit,
                "offset", offset);
        return read(query, params).stream().map(row -> article(row.get("article"))).toList();
    }

    public Optional<ArticleDetail> article(String id) {
        return read(ARTICLE_DETAIL, params("id", id, "cap", cap())).stream().findFirst()
                .map(row -> new ArticleDetail(article(row.get("article")), row.get("text").asString(null),
                        graph(row)));
    }

    /**
     * The rows of one auto-commit read under the read timeout: one round trip to the database, where an
     * explicit transaction takes two or three (on the benchmark graph 13 thread switches per read instead of
     * 21, and 8% less CPU). The driver's timeout error becomes {@link ReadTimeoutException}, its errors for
     * an unreachable database {@link DatabaseUnavailableException}.
     */
    List<Record> read(String query, Map<String, Object> params) {
        try (var session = driver.session(READ_SESSION)) {
            return session.run(query, params, transaction).list();
        } catch (Neo4jException e) {
            if (e.code() != null && e.code().contains("TransactionTimedOut")) {
                throw new ReadTimeoutException(limits.readTimeout(), e);
            }
            throw DatabaseUnavailableException.translate(e);
        }
    }

    private static void requireFound(Collection<String> ids, Record row) {
        var found = row.get("found").asList(Value::asString);
        var missing = ids.stream().filter(id -> !found.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw new UnknownEntitiesException(missing);
        }
    }

    /** Rows asked for in capped lists: one more than allowed, so an answer over the cap is recognised. */
    private int cap() {
        return limits.maxResults() + 1;
    }

    private GraphView graph(Record row) {
        var nodes = row.get("nodes");
        var relationships = row.get("relationships");
        if (nodes.size() > limits.maxResults() || relationships.size() > limits.maxResults()) {
            throw new ResultTooLargeException(limits.maxResults());
        }
        return new GraphView(nodes.asList(GraphReader::node), relationships.asList(GraphReader::relationship));
    }

    static GraphView.Node node(Value value) {
        return new GraphView.Node(value.get("id").asString(), value.get("labels").asList(Value::asString),
                value.get("name").asString(null), value.get("aliases").asList(Value::asString),
                properties(value.get("properties"), NODE_FIELDS));
    }

    /** Splits the parallel lists articleIds and evidence into one piece of evidence per cited article. */
    static GraphView.Relationship relationship(Value value) {
        var stored = value.get("properties");
        var articleIds = stored.get("articleIds").asList(Value::asString, List.of());
        var sentences = stored.get("evidence").asList(Value::asString, List.of());
        var evidence = new ArrayList<GraphView.Evidence>();
        for (int i = 0; i < sentences.size() && i < articleIds.size(); i++) {
            evidence.add(new GraphView.Evidence(articleIds.get(i), sentences.get(i)));
        }
        String source = value.get("source").asString();
        String type = value.get("type").asString();
        String target = value.get("target").asString();
        return new GraphView.Relationship(source + "|" + type + "|" + target, type, source, target,
                properties(stored, List.of("evidence")), evidence);
    }

    /** A map's entries as plain Java values, without the null ones and those named in {@code left}. */
    private static Map<String, Object> properties(Value map, List<String> left) {
        var properties = new LinkedHashMap<String, Object>();
        for (String key : map.keys()) {
            Value property = map.get(key);
            if (!property.isNull() && !left.contains(key)) {
                properties.put(key, property.asObject());
            }
        }
        return properties;
    }

    private static ArticleSummary article(Value value) {
        return new ArticleSummary(value.get("id").asString(), value.get("title").asString(null),
                value.get("source").asString(null), value.get("publishedAt").isNull() ? null
                : value.get("publishedAt").asLocalDate(), value.get("authors").asList(Value::asString),
                value.get("url").asString(null));
    }

    private static Map<String, Long> counts(Value value) {
        var counts = new LinkedHashMap<String, Long>();
        value.keys().forEach(name -> counts.put(name, value.get(name).asLong()));
        return counts;
    }

    /** Quotes user text as one Lucene phrase, so its operators and wildcards are plain characters. */
    static String phrase(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String names(Set<? extends Enum<?>> values, String separator) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(separator));
    }

    /** One map entry per fact type, {@code pattern} filled with the type's name. */
    private static String perRelationType(String pattern) {
        return Arrays.stream(RelationType.values())
                .map(type -> type.name() + ": " + pattern.formatted(type.name()))
                .collect(Collectors.joining(", "));
    }

    private static Map<String, Object> params(Object... keysAndValues) {
        var params = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return params;
    }
}
