package org.policygraph.graph;

import java.util.List;
import java.util.Map;

/**
 * The one shape of every graph answer: nodes and relationships with endpoint ids, directly usable by D3,
 * Cytoscape.js or vis-network. A relationship's id is {@code source|TYPE|target}, stable across databases.
 */
public record GraphView(List<Node> nodes, List<Relationship> relationships) {

    public record Node(String id, List<String> labels, String name, List<String> aliases,
                       Map<String, Object> properties) {
    }

    public record Relationship(String id, String type, String source, String target, Map<String, Object> properties,
                               List<Evidence> evidence) {
    }

    /** Why a relationship exists: the article and the sentence in it. */
    public record Evidence(String articleId, String sentence) {
    }
}
