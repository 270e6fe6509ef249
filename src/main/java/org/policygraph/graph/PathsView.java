package org.policygraph.graph;

import java.util.List;

/**
 * Shortest paths between two entities in the graph shape ({@code nodes}, {@code relationships}, so a
 * client draws them as any graph), plus {@code paths}: each path as its relationship ids, hop by hop from
 * the first entity. Empty lists when no path is short enough.
 */
public record PathsView(List<GraphView.Node> nodes, List<GraphView.Relationship> relationships,
                        List<List<String>> paths) {
}
