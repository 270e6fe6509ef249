package org.policygraph.api;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.policygraph.graph.GraphView;

/**
 * The flat attributes of exported nodes and relationships, one list shared by GraphML and the CSV tables so
 * both name and fill them alike. Lists become one text joined by {@link #LIST_SEPARATOR}; a relationship's
 * evidence is its sentences, in the order of its articleIds.
 */
final class ExportColumns {

    static final String LIST_SEPARATOR = " | ";

    /** An attribute: its name, its GraphML type, and its value on an element (null when it has none). */
    record Column<T>(String name, String type, Function<T, Object> value) {

        /** The value as text; null when absent or an empty list. */
        String text(T element) {
            Object value = value().apply(element);
            if (value instanceof Collection<?> list) {
                return list.isEmpty() ? null
                        : list.stream().map(String::valueOf).collect(Collectors.joining(LIST_SEPARATOR));
            }
            return value == null ? null : value.toString();
        }
    }

    /** Besides the id and the name, which every format shows in its own way. */
    static final List<Column<GraphView.Node>> NODE = List.of(
            new Column<>("type", "string", GraphView.Node::labels),
            new Column<>("aliases", "string", GraphView.Node::aliases),
            nodeProperty("level", "string"),
            nodeProperty("divisionCode", "string"));

    /** Besides the id and the two ends. */
    static final List<Column<GraphView.Relationship>> RELATIONSHIP = List.of(
            new Column<>("relationship", "string", GraphView.Relationship::type),
            relationshipProperty("support", "long"),
            relationshipProperty("amount", "long"),
            relationshipProperty("currency", "string"),
            relationshipProperty("approximate", "boolean"),
            relationshipProperty("articleIds", "string"),
            new Column<>("evidence", "string",
                    relationship -> relationship.evidence().stream().map(GraphView.Evidence::sentence).toList()),
            relationshipProperty("firstPublished", "string"),
            relationshipProperty("lastPublished", "string"));

    private ExportColumns() {
    }

    private static Column<GraphView.Node> nodeProperty(String name, String type) {
        return new Column<>(name, type, node -> node.properties().get(name));
    }

    private static Column<GraphView.Relationship> relationshipProperty(String name, String type) {
        return new Column<>(name, type, relationship -> relationship.properties().get(name));
    }
}
