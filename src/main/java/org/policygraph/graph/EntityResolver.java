package org.policygraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

/**
 * Makes one real-world thing one node across articles. An entity keeps its own id when the graph has it;
 * otherwise, if its canonical name is the name or an alias of exactly one node of its type, it becomes that
 * node (an article that only says 蓝谷公司 reaches the node another article named 晋阳蓝谷农业科技有限公司).
 * Two nodes answering to the name are ambiguous, so the entity stays apart. Only the canonical name is
 * looked up: an alias resolves only inside the article that declares it.
 */
final class EntityResolver {

    private static final String CANDIDATES = """
            UNWIND $rows AS row
            OPTIONAL MATCH (same:Entity {id: row.id})
            CALL (row) {
              CALL db.index.fulltext.queryNodes('entity_names', row.phrase) YIELD node
              WHERE row.label IN labels(node) AND (node.name = row.name OR row.name IN node.aliases)
              RETURN collect(node.id) AS candidates
            }
            RETURN row.id AS id, same IS NOT NULL AS exists, candidates""";

    private EntityResolver() {
    }

    static ArticleGraph resolve(TransactionContext tx, ArticleGraph graph) {
        var rows = graph.entities().stream().map(entity -> Map.<String, Object>of(
                "id", entity.id(), "label", entity.type().name(), "name", entity.name(),
                "phrase", GraphReader.phrase(entity.name()))).toList();
        var resolved = new HashMap<String, String>();
        tx.run(CANDIDATES, Map.of("rows", rows)).forEachRemaining(record -> {
            String id = record.get("id").asString();
            List<String> candidates = record.get("candidates").asList(value -> value.asString());
            boolean keep = record.get("exists").asBoolean() || candidates.size() != 1;
            resolved.put(id, keep ? id : candidates.get(0));
        });
        return rename(graph, resolved);
    }

    /** The article with every entity under its resolved id; entities that became one node are merged. */
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
