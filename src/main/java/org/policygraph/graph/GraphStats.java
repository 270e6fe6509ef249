package org.policygraph.graph;

import java.util.Map;

/** Node counts by label and relationship counts by type. */
public record GraphStats(Map<String, Long> nodes, Map<String, Long> relationships) {
}
