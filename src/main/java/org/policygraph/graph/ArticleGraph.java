package org.policygraph.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.policygraph.extract.EntityType;
import org.policygraph.extract.RelationType;

/**
 * Everything one article contributes to the graph, with entity ids already resolved. Written in one
 * transaction by {@link GraphWriter}.
 */
public record ArticleGraph(ArticleNode article, List<EntityNode> entities, List<Fact> facts) {

    public ArticleGraph {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }

    public record ArticleNode(String id, String title, String source, LocalDate publishedAt, List<String> authors,
                              String url, String contentHash, String text) {
    }

    /** An entity as this article names it; {@code offsets} are where the article mentions it. */
    public record EntityNode(String id, EntityType type, String name, List<String> aliases,
                             Map<String, Object> properties, List<Integer> offsets) {
    }

    /** A fact between two entities of this article, with the sentence that states it. */
    public record Fact(String sourceId, RelationType type, String targetId, String evidence,
                       Map<String, Object> properties) {
    }
}
