package org.policygraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.TransactionContext;

/**
 * Makes one real-world thing one node across articles. An entity keeps its own id when the graph has it;
 * otherwise, if its canonical name is the name or an alias of exactly one node of its type (in the graph or
 * among the articles written with it), it becomes that node: an article that only says 蓝谷公司 reaches the
 * node another article named 晋阳蓝谷农业科技有限公司. Two nodes answering to the name are ambiguous, so the
 * entity stays apart. Only the canonical name is looked up: an alias resolves only inside the article that
 * declares it.
 */
final class EntityResolver {

    private static final String CANDIDATES = """
            UNWIND $rows AS row
            OPTIONAL MATCH (same:Entity {id: row.id})
            CALL (row, same) {
              WITH row WHERE same IS NULL
              CALL db.index.fulltext.queryNodes('entity_names', row.phrase) YIELD node
              WHERE row.label IN labels(node) AND (node.name = row.name OR row.name IN node.aliases)
              RETURN collect(node.id) AS candidates
            }
            RETURN row.id AS id, same IS NOT NULL AS exists, candidates""";

    private EntityResolver() {
    }

    /** The articles with every entity under its resolved id; entities that became one node are merged. */
    static List<ArticleGraph> resolve(TransactionContext tx, List<ArticleGraph> articles) {
        var entities = articles.stream().flatMap(article -> article.entities().stream()).toList();
        var rows = entities.stream().map(EntityResolver::key).distinct().map(key -> Map.<String, Object>of(
                "id", key.id(), "label", key.label(), "name", key.name(), "phrase", GraphReader.phrase(key.name())))
                .toList();
        var inGraph = new HashSet<String>();
        var candidates = new HashMap<String, Set<String>>();
        tx.run(CANDIDATES, Map.of("rows", rows)).forEachRemaining(record -> {
            String id = record.get("id").asString();
            if (record.get("exists").asBoolean()) {
                inGraph.add(id);
            }
            candidates.computeIfAbsent(id, k -> new LinkedHashSet<>())
                    .addAll(record.get("candidates").asList(value -> value.asString()));
        });
        // Entities of the batch that declare the name as an alias count as candidates too.
        for (var entity : entities) {
            for (var other : entities) {
                if (other.type() == entity.type() && !other.id().equals(entity.id())
                        && other.aliases().contains(entity.name())) {
                    candidates.computeIfAbsent(entity.id(), k -> new LinkedHashSet<>()).add(other.id());
                }
            }
        }
        var resolved = new HashMap<String, String>();
        candidates.forEach((id, found) -> {
            found.remove(id);
            if (!inGraph.contains(id) && found.size() == 1) {
                resolved.put(id, found.iterator().next());
            }
        });
        return articles.stream().map(article -> rename(article, resolved)).toList();
    }

    private static Key key(ArticleGraph.EntityNode entity) {
        return new Key(entity.id(), entity.type().name(), entity.name());
    }

    private record Key(String id, String label, String name) {
    }

    private static ArticleGraph rename(ArticleGraph graph, Map<String, String> resolved) {
        var entities = new LinkedHashMap<String, ArticleGraph.EntityNode>();
        for (var entity : graph.entities()) {
            String id = resolved.getOrDefault(entity.id(), entity.id());
            var renamed = new ArticleGraph.EntityNode(id, entity.type(), entity.name(), entity.aliases(),
                    entity.properties(), entity.offsets());
            entities.merge(id, renamed, EntityResolver::merge);
        }
        var facts = new LinkedHashMap<String, ArticleGraph.Fact>();
        for (var fact : graph.facts()) {
            String source = resolved.getOrDefault(fact.sourceId(), fact.sourceId());
            String target = resolved.getOrDefault(fact.targetId(), fact.targetId());
            if (source.equals(target)) {
                continue;
            }
            if (fact.type().symmetric() && source.compareTo(target) > 0) {
                String swap = source;
                source = target;
                target = swap;
            }
            facts.putIfAbsent(source + "|" + fact.type() + "|" + target,
                    new ArticleGraph.Fact(source, fact.type(), target, fact.evidence(), fact.properties()));
        }
        return new ArticleGraph(graph.article(), List.copyOf(entities.values()), List.copyOf(facts.values()));
    }

    private static ArticleGraph.EntityNode merge(ArticleGraph.EntityNode first, ArticleGraph.EntityNode second) {
        var names = new LinkedHashSet<>(first.aliases());
        names.add(second.name());
        names.addAll(second.aliases());
        names.remove(first.name());
        var properties = new LinkedHashMap<>(second.properties());
        properties.putAll(first.properties());
        var offsets = new ArrayList<>(first.offsets());
        offsets.addAll(second.offsets());
        return new ArticleGraph.EntityNode(first.id(), first.type(), first.name(), List.copyOf(names), properties,
                offsets.stream().distinct().sorted().toList());
    }
}
