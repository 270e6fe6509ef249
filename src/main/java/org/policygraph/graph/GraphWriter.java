package org.policygraph.graph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.SummaryCounters;
import org.policygraph.extract.EntityType;
import org.policygraph.extract.RelationType;
import org.springframework.stereotype.Component;

/**
 * Writes and removes articles. A batch of articles is one transaction, retried by the driver on transient
 * errors (deadlocks, leader switches), so each article is in the graph whole or not at all. The batch goes
 * out in a fixed number of UNWIND statements whatever its size. Writing an article whose content hash is
 * unchanged does nothing; writing a changed one first retracts what the old version said.
 */
@Component
public class GraphWriter {

    /** Evidence sentences kept per fact: enough to cite, bounded so popular facts stay small. */
    static final int MAX_EVIDENCE = 10;

    /**
     * Serialises article writes, also across loaders on other machines: resolving names against the graph
     * and then writing must not interleave, or two loaders could each create the node the other would find.
     * Extraction, the costly part, still runs in parallel before this.
     */
    private static final String TAKE_WRITE_LOCK = """
            MERGE (lock:WriteLock {id: 'articles'}) SET lock.takenAt = datetime()""";

    private static final String STORED_HASHES = """
            UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.contentHash AS hash""";

    private static final String WRITE_ARTICLES = """
            UNWIND $articles AS article
            MERGE (a:Article {id: article.id})
            SET a.title = article.title, a.source = article.source, a.publishedAt = article.publishedAt,
                a.authors = article.authors, a.url = article.url, a.contentHash = article.contentHash,
                a.text = article.text""";

    /** Entity upserts, one per label because labels cannot be parameters; the label comes from the enum. */
    private static final Map<EntityType, String> WRITE_ENTITIES = new EnumMap<>(EntityType.class);

    private static final String WRITE_MENTIONS = """
            UNWIND $rows AS row
            MATCH (a:Article {id: row.articleId}), (e:Entity {id: row.id})
            MERGE (a)-[m:MENTIONS]->(e)
            SET m.count = size(row.offsets), m.offsets = row.offsets""";

    /** Fact upserts, one per type for the same reason; evidence[i] stays the sentence of articleIds[i]. */
    private static final Map<RelationType, String> WRITE_FACTS = new EnumMap<>(RelationType.class);

    /** Takes the article's support off its facts and recomputes their dates from the remaining articles. */
    private static final String RETRACT_FACTS = """
            MATCH (:Article {id: $id})-[:MENTIONS]->(:Entity)-[r]->(:Entity)
            WHERE $id IN r.articleIds
            WITH DISTINCT r
            WITH r, [i IN range(0, size(r.articleIds) - 1) WHERE r.articleIds[i] = $id][0] AS i
            SET r.articleIds = r.articleIds[..i] + r.articleIds[i + 1..],
                r.evidence = CASE WHEN i < size(r.evidence) THEN r.evidence[..i] + r.evidence[i + 1..]
                                  ELSE r.evidence END,
                r.support = r.support - 1
            WITH r
            OPTIONAL MATCH (other:Article) WHERE other.id IN r.articleIds
            WITH r, min(other.publishedAt) AS first, max(other.publishedAt) AS last
            SET r.firstPublished = first, r.lastPublished = last""";

    /** Facts no article supports any more are gone; run after {@link #RETRACT_FACTS}. */
    private static final String DELETE_UNSUPPORTED_FACTS = """
            MATCH (:Article {id: $id})-[:MENTIONS]->(:Entity)-[r]->(:Entity)
            WHERE r.support = 0
            DELETE r""";

    private static final String RETRACT_MENTIONS = """
            MATCH (:Article {id: $id})-[m:MENTIONS]->(e:Entity)
            DELETE m
            WITH e
            WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(e) }
            DETACH DELETE e""";

    private static final String DELETE_ARTICLE = """
            MATCH (a:Article {id: $id}) DETACH DELETE a""";

    static {
        for (EntityType type : EntityType.values()) {
            WRITE_ENTITIES.put(type, """
                    UNWIND $rows AS row
                    MERGE (e:%s {id: row.id})
                    ON CREATE SET e:Entity, e.name = row.name
                    SET e += row.properties
                    WITH e, row
                    WITH e, reduce(names = coalesce(e.aliases, []), alias IN row.aliases |
                            CASE WHEN alias IN names OR alias = e.name THEN names ELSE names + alias END) AS aliases
                    SET e.aliases = aliases, e.aliasText = reduce(text = '', alias IN aliases | text + ' ' + alias)
                    """.formatted(type.name()));
        }
        for (RelationType type : RelationType.values()) {
            WRITE_FACTS.put(type, """
                    UNWIND $rows AS row
                    MATCH (a:Article {id: row.articleId})
                    MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
                    MERGE (s)-[r:%s]->(t)
                    ON CREATE SET r.articleIds = [], r.evidence = [], r.support = 0
                    SET r.evidence = CASE
                            WHEN size(r.evidence) = size(r.articleIds) AND size(r.evidence) < $maxEvidence
                            THEN r.evidence + row.evidence ELSE r.evidence END,
                        r.articleIds = r.articleIds + a.id,
                        r.support = r.support + 1,
                        r.firstPublished = CASE WHEN r.firstPublished IS NULL OR a.publishedAt < r.firstPublished
                                                THEN a.publishedAt ELSE r.firstPublished END,
                        r.lastPublished = CASE WHEN r.lastPublished IS NULL OR a.publishedAt > r.lastPublished
                                               THEN a.publishedAt ELSE r.lastPublished END
                    SET r += row.properties
                    """.formatted(type.name()));
        }
    }

    private final Driver driver;

    /**
     * The writers of this process (API requests, the loader) queue here, first come first served, before
     * taking the database's write lock, so at most one of them waits on that lock: it is not fair, and its
     * waiters spin for the CPU the holder needs (under 32 clients some posts waited 20 s while the median
     * was 1.5 s). A turn is one attempt's work, ending before the commit, so no writer holds up the others
     * while the driver waits to retry.
     */
    private final ReentrantLock turns = new ReentrantLock(true);

    GraphWriter(Driver driver) {
        this.driver = driver;
    }

    /** The content hashes stored for those of the articles the graph has: lets callers skip unchanged ones. */
    public Map<String, String> storedHashes(List<String> articleIds) {
        return inSession(session -> session.executeRead(tx -> storedHashes(tx, articleIds)));
    }

    /** Writes one article in its own transaction. */
    public WriteResult write(ArticleGraph graph) {
        var batch = write(List.of(graph));
        return new WriteResult(batch.outcomes().get(graph.article().id()), batch.nodesCreated(),
                batch.relationshipsCreated());
    }

    /**
     * Writes several articles in one transaction: all of them or none. Committing and each round trip are
     * the costly steps, so a loader sends many articles at once.
     */
    public BatchResult write(List<ArticleGraph> graphs) {
        return inSession(session -> session.executeWrite(tx -> inTurn(() -> write(tx, graphs))));
    }

    /** Removes an article and everything only it supported. Returns false when there was no such article. */
    public boolean delete(String articleId) {
        return inSession(session -> session.executeWrite(tx -> inTurn(() -> {
            tx.run(TAKE_WRITE_LOCK).consume();
            var params = Map.<String, Object>of("id", articleId);
            retract(tx, params, new Changes());
            return tx.run(DELETE_ARTICLE, params).consume().counters().nodesDeleted() > 0;
        })));
    }

    private <T> T inTurn(Supplier<T> work) {
        turns.lock();
        try {
            return work.get();
        } finally {
            turns.unlock();
        }
    }

    /** One session; the driver's errors for an unreachable database become {@link DatabaseUnavailableException}. */
    private <T> T inSession(Function<Session, T> work) {
        try (var session = driver.session()) {
            return work.apply(session);
        } catch (Neo4jException e) {
            throw DatabaseUnavailableException.translate(e);
        }
    }

    private BatchResult write(TransactionContext tx, List<ArticleGraph> graphs) {
        tx.run(TAKE_WRITE_LOCK).consume();
        var latest = new LinkedHashMap<String, ArticleGraph>();
        graphs.forEach(graph -> latest.put(graph.article().id(), graph));
        var stored = storedHashes(tx, List.copyOf(latest.keySet()));
        var outcomes = new LinkedHashMap<String, WriteResult.Outcome>();
        var toWrite = new ArrayList<ArticleGraph>();
        for (var graph : latest.values()) {
            String id = graph.article().id();
            String hash = stored.get(id);
            if (hash != null && Objects.equals(hash, graph.article().contentHash())) {
                outcomes.put(id, WriteResult.Outcome.UNCHANGED);
            } else {
                outcomes.put(id, hash == null ? WriteResult.Outcome.CREATED : WriteResult.Outcome.UPDATED);
                toWrite.add(graph);
            }
        }
        // Resolve before anything changes: a full-text query in a transaction with changes is slow.
        var resolved = EntityResolver.resolve(tx, toWrite);
        var changes = new Changes();
        for (var graph : resolved) {
            if (outcomes.get(graph.article().id()) == WriteResult.Outcome.UPDATED) {
                retract(tx, Map.of("id", graph.article().id()), changes);
            }
        }
        writeAll(tx, resolved, changes);
        return new BatchResult(outcomes, changes.nodes, changes.relationships);
    }

    private static void writeAll(TransactionContext tx, List<ArticleGraph> graphs, Changes changes) {
        if (graphs.isEmpty()) {
            return;
        }
        tx.run(WRITE_ARTICLES, Map.of("articles", graphs.stream().map(g -> articleParams(g.article())).toList()))
                .consume();
        var entities = new EnumMap<EntityType, List<Map<String, Object>>>(EntityType.class);
        var mentions = new ArrayList<Map<String, Object>>();
        var facts = new EnumMap<RelationType, List<Map<String, Object>>>(RelationType.class);
        for (var graph : graphs) {
            String articleId = graph.article().id();
            for (var entity : graph.entities()) {
                entities.computeIfAbsent(entity.type(), t -> new ArrayList<>()).add(entityParams(entity));
                mentions.add(Map.of("articleId", articleId, "id", entity.id(), "offsets", entity.offsets()));
            }
            for (var fact : graph.facts()) {
                facts.computeIfAbsent(fact.type(), t -> new ArrayList<>()).add(Map.of("articleId", articleId,
                        "source", fact.sourceId(), "target", fact.targetId(), "evidence", fact.evidence(),
                        "properties", fact.properties()));
            }
        }
        entities.forEach((type, rows) ->
                changes.addNodes(tx.run(WRITE_ENTITIES.get(type), Map.of("rows", rows)).consume().counters()));
        tx.run(WRITE_MENTIONS, Map.of("rows", mentions)).consume();
        facts.forEach((type, rows) -> changes.addRelationships(tx.run(WRITE_FACTS.get(type),
                Map.of("rows", rows, "maxEvidence", MAX_EVIDENCE)).consume().counters()));
    }

    private static Map<String, String> storedHashes(TransactionContext tx, List<String> articleIds) {
        var hashes = new HashMap<String, String>();
        tx.run(STORED_HASHES, Map.of("ids", articleIds)).forEachRemaining(record ->
                hashes.put(record.get("id").asString(), record.get("hash").asString(null)));
        return hashes;
    }

    private static void retract(TransactionContext tx, Map<String, Object> idParam, Changes changes) {
        tx.run(RETRACT_FACTS, idParam).consume();
        changes.addRelationships(tx.run(DELETE_UNSUPPORTED_FACTS, idParam).consume().counters());
        changes.addNodes(tx.run(RETRACT_MENTIONS, idParam).consume().counters());
    }

    private static Map<String, Object> articleParams(ArticleGraph.ArticleNode article) {
        var params = new LinkedHashMap<String, Object>();
        params.put("id", article.id());
        params.put("title", article.title());
        params.put("source", article.source());
        params.put("publishedAt", article.publishedAt() == null ? null : Values.value(article.publishedAt()));
        params.put("authors", article.authors());
        params.put("url", article.url());
        params.put("contentHash", article.contentHash());
        params.put("text", article.text());
        return params;
    }

    /** The name goes in with the aliases: when the entity resolved to a node named otherwise, it is one. */
    private static Map<String, Object> entityParams(ArticleGraph.EntityNode entity) {
        var names = new ArrayList<String>();
        names.add(entity.name());
        names.addAll(entity.aliases());
        return Map.of("id", entity.id(), "name", entity.name(), "aliases", names, "properties", entity.properties());
    }

    /** Net entities and facts created, so a summary can say how much the graph grew. */
    private static final class Changes {
        private int nodes;
        private int relationships;

        void addNodes(SummaryCounters counters) {
            nodes += counters.nodesCreated() - counters.nodesDeleted();
        }

        void addRelationships(SummaryCounters counters) {
            relationships += counters.relationshipsCreated() - counters.relationshipsDeleted();
        }
    }
}
