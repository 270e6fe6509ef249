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

    private static final String EXISTING = """
            UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id""";

    /** One full-text query for all names at once: far cheaper than a query per name. */
    private static final String NAMED = """
            CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node
            RETURN node.id AS id, labels(node) AS labels, node.name AS name, coalesce(node.aliases, []) AS aliases""";

    /** Lucene refuses queries of more than 1024 clauses. */
    private static final int NAMES_PER_QUERY = 500;

    private EntityResolver() {
    }

    /** The articles with every entity under its resolved id; entities that became one node are merged. */
    static List<ArticleGraph> resolve(TransactionContext tx, List<ArticleGraph> articles) {
        var entities = articles.stream().flatMap(article -> article.entities().stream()).toList();
        var keys = entities.stream().map(EntityResolver::key).distinct().toList();
        var inGraph = new HashSet<String>();
        tx.run(EXISTING, Map.of("ids", keys.stream().map(Key::id).distinct().toList()))
                .forEachRemaining(record -> inGraph.add(record.get("id").asString()));
        var unknown = keys.stream()
                .filter(key -> !inGraph.contains(key.id()) && !EntityIds.fromDivisionCode(key.id()))
                .toList();
        var candidates = new HashMap<String, Set<String>>();
        for (var node : namedNodes(tx, unknown)) {
            for (var key : unknown) {
                if (node.labels().contains(key.label()) && node.answersTo(key.name())) {
                    candidates.computeIfAbsent(key.id(), k -> new LinkedHashSet<>()).add(node.id());
                }
            }
        }
        // Entities of the batch that declare the name as an alias count as candidates too.
        var declaredBy = new HashMap<String, Set<String>>();
        for (var entity : entities) {
            for (String alias : entity.aliases()) {
                declaredBy.computeIfAbsent(entity.type() + "|" + alias, k -> new LinkedHashSet<>()).add(entity.id());
            }
        }
        for (var entity : entities) {
            for (String other : declaredBy.getOrDefault(entity.type() + "|" + entity.name(), Set.of())) {
                if (!other.equals(entity.id())) {
                    candidates.computeIfAbsent(entity.id(), k -> new LinkedHashSet<>()).add(other);
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

    /** Nodes whose name or aliases contain one of the keys' names as a phrase; exact matches are chosen later. */
    private static List<NamedNode> namedNodes(TransactionContext tx, List<Key> keys) {
        var names = keys.stream().map(Key::name).distinct().toList();
        var nodes = new ArrayList<NamedNode>();
        for (int from = 0; from < names.size(); from += NAMES_PER_QUERY) {
            var chunk = names.subList(from, Math.min(names.size(), from + NAMES_PER_QUERY));
            String query = String.join(" OR ", chunk.stream().map(GraphReader::phrase).toList());
            tx.run(NAMED, Map.of("query", query, "limit", 100 * chunk.size())).forEachRemaining(record ->
                    nodes.add(new NamedNode(record.get("id").asString(), record.get("labels").asList(v -> v.asString()),
                            record.get("name").asString(), record.get("aliases").asList(v -> v.asString()))));
        }
        return nodes;
    }

    private record NamedNode(String id, List<String> labels, String name, List<String> aliases) {

        boolean answersTo(String name) {
            return this.name.equals(name) || aliases.contains(name);
        }
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
